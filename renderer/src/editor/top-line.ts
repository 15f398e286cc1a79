import type { Extension } from '@codemirror/state';
import { ViewPlugin, type EditorView, type ViewUpdate } from '@codemirror/view';

class TopLineReporter {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private last = 0;
  private lastReported = -1;
  private readonly onScroll = () => this.schedule();

  constructor(
    private readonly view: EditorView,
    private readonly report: (line: number) => void,
    private readonly interval: number,
  ) {
    view.scrollDOM.addEventListener('scroll', this.onScroll, { passive: true });
    this.schedule();
  }

  update(update: ViewUpdate): void {
    if (update.geometryChanged || update.viewportChanged) this.schedule();
  }

  // Throttled with a trailing call, so the last position after a fling is always reported.
  private schedule(): void {
    if (this.timer !== null) return;
    const wait = Math.max(0, this.last + this.interval - Date.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      this.last = Date.now();
      this.measure();
    }, wait);
  }

  // Reads layout inside CodeMirror's own measure cycle, so it never forces an extra reflow.
  private measure(): void {
    this.view.requestMeasure({
      key: this,
      read: (view) => {
        const top = view.scrollDOM.getBoundingClientRect().top - view.documentTop;
        const block = view.lineBlockAtHeight(Math.max(0, top));
        return view.state.doc.lineAt(block.from).number - 1;
      },
      write: (line) => {
        if (line === this.lastReported) return;
        this.lastReported = line;
        this.report(line);
      },
    });
  }

  destroy(): void {
    this.view.scrollDOM.removeEventListener('scroll', this.onScroll);
    if (this.timer !== null) clearTimeout(this.timer);
  }
}

/** Reports the first visible line (0-based) as the editor scrolls, at most every `interval` ms. */
export function topLineReporter(report: (line: number) => void, interval = 100): Extension {
  return ViewPlugin.define((view) => new TopLineReporter(view, report, interval));
}
