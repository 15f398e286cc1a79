/** Blocks a chunk aims for; twice this and it is split. */
const CHUNK_BLOCKS = 32;
const CHUNK_CLASS = 'preview-chunk';

/**
 * Whether a block's first element renders with no top margin (paragraphs, lists, code, quotes,
 * tables…). Headings, rules and raw HTML have one, and a margin does not collapse across a
 * chunk's edge, so chunks start at flush blocks where they can.
 */
export function startsFlush(markdown: string): boolean {
  // The splitter puts the reference definitions a block uses in front of it; they render nothing.
  const text = markdown.replace(/^(?:[ \t]*\[[^\]\n]+\]:[^\n]*\n+)+/, '');
  if (/^ {0,3}(?:#{1,6}(?:[ \t]|\n|$)|<|(?:[-*_][ \t]*){3,}(?:\n|$))/.test(text)) return false;
  const second = text.split('\n', 2)[1];
  return second === undefined || !/^ {0,3}(?:=+|-+)[ \t]*$/.test(second);
}

/**
 * Keeps block elements in chunks: children of the container holding runs of about 32
 * consecutive blocks, styled `content-visibility: auto`. The browser then skips style, layout,
 * paint and hit testing of every chunk off screen, so a keystroke in a 1 MB document costs the
 * page about what it costs in a short post; one chunk per block would make the browser's
 * visibility checks the cost instead.
 */
export class PreviewChunks {
  constructor(
    private readonly container: HTMLElement,
    /** False for blocks that should not start a chunk (see `startsFlush`). */
    private readonly flush: (element: Element) => boolean,
  ) {}

  /**
   * Puts `elements` in this order, moving only those out of place: a new block goes into the
   * chunk of the one before it. Elements no longer shown must have been removed already.
   */
  arrange(elements: readonly HTMLElement[]): void {
    let chunk = this.container.firstElementChild as HTMLElement | null;
    if (!chunk) {
      if (elements.length === 0) return;
      chunk = this.container.appendChild(this.createChunk());
    }
    let ref = chunk.firstChild;
    for (const element of elements) {
      if (element === ref) {
        ref = ref.nextSibling;
        continue;
      }
      if (ref === null) {
        const following = this.nextNonEmpty(chunk);
        if (following?.firstChild === element) {
          chunk = following;
          ref = element.nextSibling;
          continue;
        }
      }
      chunk.insertBefore(element, ref);
    }
    this.tidy();
  }

  private nextNonEmpty(chunk: HTMLElement): HTMLElement | null {
    let next = chunk.nextElementSibling as HTMLElement | null;
    while (next && !next.firstChild) next = next.nextElementSibling as HTMLElement | null;
    return next;
  }

  /** Drops empty chunks and splits big ones, moving each element at most once. */
  private tidy(): void {
    let chunk = this.container.firstElementChild as HTMLElement | null;
    while (chunk) {
      const next = chunk.nextElementSibling as HTMLElement | null;
      if (!chunk.firstChild) chunk.remove();
      else if (chunk.childElementCount > 2 * CHUNK_BLOCKS) this.split(chunk);
      chunk = next;
    }
  }

  private split(chunk: HTMLElement): void {
    const children = Array.from(chunk.children);
    const cuts: number[] = [];
    for (let start = 0; children.length - start > 2 * CHUNK_BLOCKS;) {
      // The first flush block a chunk's length on, short of leaving a tiny tail; else there.
      const limit = Math.min(start + 2 * CHUNK_BLOCKS, children.length - CHUNK_BLOCKS / 2);
      let cut = start + CHUNK_BLOCKS;
      while (cut < limit && !this.flush(children[cut] as Element)) cut++;
      if (cut === limit) cut = start + CHUNK_BLOCKS;
      cuts.push(cut);
      start = cut;
    }
    let after: Element = chunk;
    for (let n = 0; n < cuts.length; n++) {
      const piece = this.createChunk();
      piece.append(...children.slice(cuts[n], cuts[n + 1] ?? children.length));
      after.after(piece);
      after = piece;
    }
  }

  private createChunk(): HTMLElement {
    const chunk = this.container.ownerDocument.createElement('div');
    chunk.className = CHUNK_CLASS;
    return chunk;
  }
}
