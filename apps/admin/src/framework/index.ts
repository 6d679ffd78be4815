export { LevelTag, LEVEL_TAG_CLASSES } from './level-tag';
export { formatAverage } from './average';
