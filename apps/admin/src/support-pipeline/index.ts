export { SupportPipelinePage } from './support-pipeline.page';
