/**
 * The timeline: one bar per month, as tall as the policies dated in it, which doubles as the date-range
 * slider — press on a month and drag to another to choose the range; a click chooses one month.
 */
import type { MonthCount } from './filters.ts';

export interface MonthRange {
  from: string | null;
  to: string | null;
}

export class Timeline {
  private months: MonthCount[] = [];
  private anchor: number | null = null;
  /** The months the view's filter holds, as painted by the last render. */
  private chosen: [number | null, number | null] = [null, null];
  private readonly bars: HTMLDivElement;
  private readonly years: HTMLDivElement;

  constructor(
    private readonly root: HTMLElement,
    private readonly onChoose: (range: MonthRange) => void,
  ) {
    this.bars = Object.assign(document.createElement('div'), { className: 'bars' });
    this.years = Object.assign(document.createElement('div'), { className: 'years' });
    root.replaceChildren(this.bars, this.years);
    root.addEventListener('pointerdown', (e) => {
      if (this.months.length === 0) return;
      this.anchor = this.indexAt(e.clientX);
      root.setPointerCapture(e.pointerId);
      this.paint(this.anchor, this.anchor);
    });
    root.addEventListener('pointermove', (e) => {
      if (this.anchor !== null) this.paint(this.anchor, this.indexAt(e.clientX));
    });
    root.addEventListener('pointerup', (e) => {
      if (this.anchor === null) return;
      const [a, b] = [this.anchor, this.indexAt(e.clientX)].sort((x, y) => x - y) as [number, number];
      this.anchor = null;
      this.onChoose({ from: this.months[a]!.month, to: this.months[b]!.month });
    });
    root.addEventListener('pointercancel', () => {
      this.anchor = null;
      this.paint(...this.chosen);
    });
  }

  render(months: MonthCount[], range: MonthRange): void {
    this.months = months;
    const max = Math.max(1, ...months.map((m) => m.count));
    this.bars.replaceChildren(
      ...months.map((m) => {
        const bar = document.createElement('div');
        bar.className = 'bar';
        bar.dataset.month = m.month;
        bar.dataset.count = String(m.count);
        bar.title = `${m.month}: ${m.count} polic${m.count === 1 ? 'y' : 'ies'}`;
        const fill = document.createElement('span');
        fill.style.height = `${m.count === 0 ? 0 : 15 + (85 * m.count) / max}%`;
        bar.append(fill);
        return bar;
      }),
    );
    // A year's label sits under its January, and under the first month when that is early enough to leave room.
    this.years.replaceChildren(
      ...months.flatMap((m, i) =>
        (i === 0 && m.month.slice(5) <= '09') || (i > 0 && m.month.endsWith('-01'))
          ? [Object.assign(document.createElement('span'), { textContent: m.month.slice(0, 4), style: `left: ${(100 * i) / months.length}%` })]
          : [],
      ),
    );
    const index = (month: string | null, fallback: number) => {
      if (!month) return fallback;
      const i = months.findIndex((m) => m.month >= month);
      return i === -1 ? months.length - 1 : i;
    };
    this.chosen = range.from || range.to ? [index(range.from, 0), range.to ? lastAtOrBefore(months, range.to) : months.length - 1] : [null, null];
    this.paint(...this.chosen);
  }

  private indexAt(clientX: number): number {
    const box = this.bars.getBoundingClientRect();
    const i = Math.floor(((clientX - box.left) / Math.max(1, box.width)) * this.months.length);
    return Math.min(this.months.length - 1, Math.max(0, i));
  }

  /** Marks the months in [a, b]; null clears the mark. */
  private paint(a: number | null, b: number | null): void {
    const [lo, hi] = a === null || b === null ? [-1, -1] : [Math.min(a, b), Math.max(a, b)];
    this.root.classList.toggle('ranged', lo >= 0);
    [...this.bars.children].forEach((bar, i) => bar.classList.toggle('in-range', i >= lo && i <= hi));
  }
}

function lastAtOrBefore(months: MonthCount[], month: string): number {
  for (let i = months.length - 1; i >= 0; i--) if (months[i]!.month <= month) return i;
  return 0;
}

/**
 * Playback: the graph growing through time, as Gephi's timeline plays it — each step ends a month
 * later, from the first month with a policy; months without one are passed over.
 */
export function playbackSteps(months: readonly MonthCount[]): MonthRange[] {
  const first = months.find((m) => m.count > 0)?.month ?? null;
  return first === null ? [] : months.filter((m) => m.count > 0).map((m) => ({ from: first, to: m.month }));
}
