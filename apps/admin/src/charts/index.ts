export { LineChart } from './line-chart';
export type { AxisTick, LineSeries } from './line-chart';
