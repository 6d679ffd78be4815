// A small line chart in SVG: categories along the bottom (e.g. periods), a fixed scale up the
// side (e.g. the framework's four levels), one line per series. Series are told apart by colour,
// line pattern and marker shape, so no one needs to see colour to read it (WCAG 1.4.1), and each
// colour has at least 3:1 contrast with the white ground (WCAG 1.4.11). To assistive technology
// the drawing is one image whose label summarises it; the figures themselves belong in a table
// beside it, which the caller renders.
import { categoryPositions, linearScale, linePath, seriesPoints, valueDomain, type ChartPoint } from './chart-scale';

export interface LineSeries {
  readonly name: string;
  /** One per category; null where the series has no value. */
  readonly values: readonly (number | null)[];
}

export interface AxisTick {
  readonly value: number;
  readonly label: string;
}

interface LineChartProps {
  /** What the chart shows, in words: the image's accessible name. */
  readonly label: string;
  readonly categories: readonly string[];
  /** Up to three series; more would be hard to tell apart. */
  readonly series: readonly LineSeries[];
  /** The marks up the side; their lowest and highest values are the ends of the axis. */
  readonly ticks: readonly AxisTick[];
}

type Marker = 'circle' | 'square' | 'triangle';

interface SeriesLook {
  readonly colour: string;
  readonly dash: string | undefined;
  readonly marker: Marker;
}

// GOV.UK blue, purple and black: each at least 4.5:1 on white.
const LOOKS: readonly SeriesLook[] = [
  { colour: '#1d70b8', dash: undefined, marker: 'circle' },
  { colour: '#4c2c92', dash: '10 6', marker: 'square' },
  { colour: '#0b0c0c', dash: '3 5', marker: 'triangle' },
];

const WIDTH = 960;
const HEIGHT = 360;
const PLOT = { left: 190, right: WIDTH - 40, top: 20, bottom: HEIGHT - 50 } as const;

export function LineChart({ label, categories, series, ticks }: LineChartProps) {
  const tickValues = ticks.map((tick) => tick.value);
  const domain = valueDomain(
    [Math.min(...tickValues), Math.max(...tickValues)],
    series.flatMap((line) => line.values),
  );
  const y = linearScale(domain, [PLOT.bottom, PLOT.top]);
  const xs = categoryPositions(categories.length, [PLOT.left + 40, PLOT.right - 40]);

  return (
    <div className="app-line-chart">
      <svg
        className="app-line-chart__drawing"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={label}
        focusable="false"
        xmlns="http://www.w3.org/2000/svg"
      >
        <g className="app-line-chart__grid">
          {ticks.map((tick) => (
            <g key={tick.value}>
              <line x1={PLOT.left} x2={PLOT.right} y1={y(tick.value)} y2={y(tick.value)} />
              <text x={PLOT.left - 12} y={y(tick.value)} textAnchor="end" dominantBaseline="middle">
                {tick.label}
              </text>
            </g>
          ))}
        </g>
        <g className="app-line-chart__categories">
          {categories.map((category, index) => (
            <text key={category} x={xs[index]} y={PLOT.bottom + 30} textAnchor="middle">
              {category}
            </text>
          ))}
        </g>
        {series.map((line, index) => {
          const look = LOOKS[index % LOOKS.length];
          const points = seriesPoints(line.values, xs, y);
          return (
            <g key={line.name} stroke={look.colour} fill={look.colour}>
              <path d={linePath(points)} fill="none" strokeWidth={3} strokeDasharray={look.dash} />
              {points.map((point, pointIndex) =>
                point ? <MarkerShape key={pointIndex} marker={look.marker} at={point} /> : null,
              )}
            </g>
          );
        })}
      </svg>
      {/* The key repeats what the label says, for sighted readers; the label already tells it. */}
      <ul className="app-line-chart__key" aria-hidden="true">
        {series.map((line, index) => {
          const look = LOOKS[index % LOOKS.length];
          return (
            <li key={line.name} className="app-line-chart__key-item">
              <svg viewBox="0 0 40 16" width="40" height="16" focusable="false">
                <g stroke={look.colour} fill={look.colour}>
                  <line x1={0} x2={40} y1={8} y2={8} strokeWidth={3} strokeDasharray={look.dash} />
                  <MarkerShape marker={look.marker} at={{ x: 20, y: 8 }} />
                </g>
              </svg>
              {line.name}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function MarkerShape({ marker, at }: { readonly marker: Marker; readonly at: ChartPoint }) {
  switch (marker) {
    case 'circle':
      return <circle cx={at.x} cy={at.y} r={6} />;
    case 'square':
      return <rect x={at.x - 6} y={at.y - 6} width={12} height={12} />;
    case 'triangle':
      return <path d={`M${at.x} ${at.y - 7} L${at.x + 7} ${at.y + 6} L${at.x - 7} ${at.y + 6} Z`} />;
    default: {
      const _exhaustive: never = marker;
      return _exhaustive;
    }
  }
}
