export { regionName } from './region';
export type { Region } from './region';
export { useRegions, knownRegions } from './use-regions';
export type { RegionsState } from './use-regions';
