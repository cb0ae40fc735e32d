import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { type MessageKey, t } from '../i18n';

/** Canvas colours per scheme: a canvas cannot read CSS variables, and print is always black on white. */
const PALETTES = {
  light: { fg: '#16181d', grid: '#e3e6eb', tones: ['#1d4ed8', '#a15c00', '#137333', '#c5221f', '#5b6270'] },
  dark: { fg: '#e8eaf0', grid: '#2a2e37', tones: ['#7aa2ff', '#ffbf47', '#5fd38d', '#ff7b72', '#a3aab7'] },
  print: { fg: '#000000', grid: '#bbbbbb', tones: ['#000000', '#333333', '#555555', '#000000', '#777777'] },
} as const;
type Scheme = keyof typeof PALETTES;

/** Each series also has its own dash, so the lines differ in print and without colour vision. */
const DASHES: number[][] = [[], [8, 4], [2, 3], [12, 3, 2, 3], [4, 4]];
/** The legend names each line's style in words: in print every line is black. */
const DASH_WORDS: readonly MessageKey[] = [
  'chart_line_solid',
  'chart_line_dashed',
  'chart_line_dotted',
  'chart_line_dash_dot',
  'chart_line_short_dashes',
];

export type ChartSeries = { label: string; values: (number | null)[]; scale?: 'y' | 'y2'; pointsOnly?: boolean };

export type ChartProps = {
  /** The text alternative: read instead of the canvas, and shown as the figure's caption by the caller. */
  summary: string;
  x: number[];
  /** 'time': x in epoch ms, shown in `timeZone`; else plain numbers with `xLabel`. */
  xKind: 'time' | 'number';
  xLabel?: string;
  timeZone?: string;
  yLabel: string;
  y2Label?: string;
  yRange?: [number, number];
  series: ChartSeries[];
  testId: string;
};

const PRINT_WIDTH = 680; // about 180 mm at 96 dpi: an A4 page less its margins
const HEIGHT = 240;

function options(p: ChartProps, scheme: Scheme, width: number): uPlot.Options {
  const pal = PALETTES[scheme];
  // Only the keys given: uPlot merges its defaults with Object.assign, so an undefined side or scale would win.
  const axis = (label: string, extra: Partial<uPlot.Axis> = {}): uPlot.Axis => ({
    label,
    stroke: pal.fg,
    grid: { stroke: pal.grid, width: 1 },
    ticks: { stroke: pal.grid, width: 1 },
    ...extra,
  });
  return {
    width,
    height: HEIGHT,
    ms: 1,
    // The legend names the series; the values under the cursor are in the data table for everyone.
    legend: { live: false },
    tzDate: p.timeZone ? (ts) => uPlot.tzDate(new Date(ts), p.timeZone as string) : undefined,
    scales: {
      x: { time: p.xKind === 'time' },
      ...(p.yRange ? { y: { range: p.yRange } } : {}),
    },
    axes: [
      axis(p.xLabel ?? ''),
      axis(p.yLabel, { scale: 'y' }),
      ...(p.y2Label ? [axis(p.y2Label, { scale: 'y2', side: 1, grid: { show: false } })] : []),
    ],
    series: [
      {},
      ...p.series.map((s, i) => ({
        label: t('chart_series', s.label, t(DASH_WORDS[i % DASHES.length])),
        scale: s.scale ?? 'y',
        stroke: pal.tones[i % pal.tones.length],
        width: 2,
        dash: DASHES[i % DASHES.length],
        spanGaps: !s.pointsOnly,
        ...(s.pointsOnly ? { paths: () => null, points: { show: true, size: 8 } } : { points: { show: false } }),
      })),
    ],
  };
}

/**
 * A uPlot chart that follows its container's width, the light or dark scheme, and print (re-drawn black on
 * white at A4 width before printing). The canvas is hidden from assistive technology: the figure's
 * caption and data table around it carry the same numbers.
 */
export function Chart(props: ChartProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const dark = matchMedia('(prefers-color-scheme: dark)');
    let printing = false;
    let plot: uPlot | null = null;
    const data = [props.x, ...props.series.map((s) => s.values)] as uPlot.AlignedData;
    const draw = () => {
      plot?.destroy();
      const scheme: Scheme = printing ? 'print' : dark.matches ? 'dark' : 'light';
      const width = printing ? PRINT_WIDTH : Math.max(280, el.clientWidth);
      plot = new uPlot(options(props, scheme, width), data, el);
    };
    const beforePrint = () => {
      printing = true;
      draw();
    };
    const afterPrint = () => {
      printing = false;
      draw();
    };
    const resize = new ResizeObserver(() => {
      if (!printing && plot && Math.abs(plot.width - el.clientWidth) > 8)
        plot.setSize({ width: Math.max(280, el.clientWidth), height: HEIGHT });
    });
    draw();
    resize.observe(el);
    dark.addEventListener('change', draw);
    addEventListener('beforeprint', beforePrint);
    addEventListener('afterprint', afterPrint);
    return () => {
      resize.disconnect();
      dark.removeEventListener('change', draw);
      removeEventListener('beforeprint', beforePrint);
      removeEventListener('afterprint', afterPrint);
      plot?.destroy();
    };
  }, [props]);
  return <div class="chart" ref={box} role="img" aria-label={props.summary} data-testid={props.testId} />;
}
