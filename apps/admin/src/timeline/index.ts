export { TimelinePage } from './timeline.page';
