import {
  definitionLabel,
  fenceCloses,
  fenceOpen,
  htmlStart,
  isAtxHeading,
  isBlankFrom,
  isSetextUnderline,
  isTableDelimiter,
  isThematicBreak,
  listMarker,
  type Fence,
} from './line-kinds';

/** One block found by the scanner, by character offsets into the body. */
export interface Span {
  start: number;
  /** Offset after the block's last line (its line break included). */
  end: number;
  /** 0-based line of the block's first line, counted from the body's start. */
  line: number;
  /** One-line link reference definitions found at the block's top level: `[label, line]`. */
  definitions: [string, string][] | null;
}

/**
 * Finds block boundaries in one pass over line starts, with no backtracking, tracking just
 * enough of markdown-it's block state (fences, HTML blocks, list items, quotes, tables) to
 * split only at blank lines where a new top-level block starts with nothing carried over.
 */
export class BlockScanner {
  readonly spans: Span[] = [];
  private definitions: [string, string][] | null = null;
  private stopAt: ((start: number) => boolean) | null = null;
  private stopped = false;
  /** Content columns of the open list items, innermost last. */
  private items: number[] = [];
  private fence: Fence | null = null;
  private htmlEnd: RegExp | null = null;
  private htmlContainer = 0;
  private htmlUntilBlank = false;
  private paragraph = false;
  /** A fence is open inside the current blockquote (lines starting with `>`). */
  private quoteFence = false;
  /**
   * Inside a blockquote (and its lazy lines) or a table, where markdown-it lets any list marker
   * start a list, even `2.` or an empty item.
   */
  private anyMarkerStartsList = false;
  /** The last line was a list marker with nothing after it. */
  private emptyItem = false;
  private prevBlank = false;
  private lastIndent = 0;
  private start = -1;
  private startLine = 0;
  private end = 0;

  constructor(private readonly s: string) {}

  /**
   * Scans from `from`, which must be 0 or the start of a block found by an earlier scan of
   * identical preceding text, counting lines from `line`. Before each later block starts,
   * `stopAt(offset)` may end the scan there; returns true when it did.
   */
  run(from = 0, line = 0, stopAt: ((start: number) => boolean) | null = null): boolean {
    const s = this.s;
    this.stopAt = stopAt;
    let pos = from;
    for (; ; line++) {
      let eol = s.indexOf('\n', pos);
      if (eol === -1) eol = s.length;
      let i = pos;
      let col = 0;
      for (; i < eol; i++) {
        const c = s.charCodeAt(i);
        if (c === 0x20) col++;
        else if (c === 0x09) col += 4 - (col % 4);
        else break;
      }
      this.line(pos, i, eol, col, line, isBlankFrom(s, i, eol));
      if (this.stopped) return true;
      if (eol >= s.length) break;
      pos = eol + 1;
    }
    if (this.start >= 0) {
      // An unclosed fence or HTML block swallows the trailing blank lines too.
      const open = this.fence !== null || this.htmlEnd !== null;
      this.push(open ? s.length : Math.min(this.end, s.length));
    }
    return false;
  }

  private push(end: number): void {
    this.spans.push({ start: this.start, end, line: this.startLine, definitions: this.definitions });
    this.definitions = null;
    this.start = -1;
  }

  private line(pos: number, i: number, eol: number, col: number, line: number, blank: boolean): void {
    const s = this.s;
    // A non-blank line left of the list item holding a fence or HTML block closes both.
    if (this.fence && !blank && col < this.fence.container) this.fence = null;
    if (this.htmlEnd && !blank && col < this.htmlContainer) this.htmlEnd = null;
    if (this.fence) {
      // Blank lines are code too, even when a closing list item ends the fence after them.
      this.end = eol + 1;
      if (!blank && col - this.fence.container < 4 && fenceCloses(s, i, eol, this.fence)) this.fence = null;
    } else if (this.htmlEnd) {
      this.end = eol + 1;
      if (!blank && this.htmlEnd.test(s.slice(i, eol))) this.htmlEnd = null;
    } else if (blank) {
      // A list item may start with at most one blank line: an empty one ends here.
      if (this.emptyItem) this.items.pop();
      this.htmlUntilBlank = false;
      this.paragraph = false;
      this.quoteFence = false;
      this.anyMarkerStartsList = false;
    } else {
      if (this.start >= 0 && this.prevBlank && !this.continuesAfterBlank(i, eol, col)) {
        this.push(this.end);
        if (this.stopAt?.(pos)) {
          this.stopped = true;
          return;
        }
      }
      if (this.start < 0) {
        this.start = pos;
        this.startLine = line;
        this.items.length = 0;
        this.paragraph = false;
      }
      this.end = eol + 1;
      this.emptyItem = false;
      if (!this.htmlUntilBlank) this.classify(i, eol, col);
      this.lastIndent = col;
    }
    if (blank) this.emptyItem = false;
    this.prevBlank = blank;
  }

  /** After a blank line: does this line still belong to the current block? */
  private continuesAfterBlank(i: number, eol: number, col: number): boolean {
    const items = this.items;
    const wasList = items.length > 0;
    while (items.length > 0 && (items[items.length - 1] ?? 0) > col) items.pop();
    if (items.length > 0) return true;
    // The next item of a loose list: splitting here would make two tight lists.
    if (wasList && col < 4 && !isThematicBreak(this.s, i, eol) && listMarker(this.s, i, eol, col)) return true;
    // Blank lines inside an indented code block belong to it.
    return col >= 4 && this.lastIndent >= 4;
  }

  private interruptsParagraph(i: number, eol: number, col: number): boolean {
    const s = this.s;
    return (
      fenceOpen(s, i, eol, 0) !== null ||
      htmlStart(s, i, eol, true) !== null ||
      isAtxHeading(s, i, eol) ||
      isThematicBreak(s, i, eol) ||
      s.charCodeAt(i) === 0x3e ||
      // markdown-it lets any list marker end a paragraph that belongs to an outer container.
      listMarker(s, i, eol, col) !== null
    );
  }

  /**
   * A blockquote line. Its content is not tracked in detail, but a fence inside it matters:
   * the line after the quote can only continue it lazily when the quote ends in a paragraph.
   */
  private quote(k: number, eol: number, quoteFence: boolean): void {
    const s = this.s;
    this.anyMarkerStartsList = true;
    this.quoteFence = quoteFence;
    while (k < eol && (s.charCodeAt(k) === 0x3e || s.charCodeAt(k) === 0x20 || s.charCodeAt(k) === 0x09)) k++;
    if (k >= eol || isBlankFrom(s, k, eol)) {
      this.paragraph = false;
    } else if (fenceOpen(s, k, eol, 0)) {
      this.quoteFence = !this.quoteFence;
      this.paragraph = false;
    } else {
      this.paragraph =
        !this.quoteFence &&
        !isAtxHeading(s, k, eol) &&
        !isThematicBreak(s, k, eol) &&
        htmlStart(s, k, eol, false) === null;
    }
  }

  private classify(i: number, eol: number, col: number): void {
    const s = this.s;
    const items = this.items;
    let container = items[items.length - 1] ?? 0;
    let leftItem = false;
    if (col < container) {
      if (this.paragraph && !this.prevBlank && !this.interruptsParagraph(i, eol, col)) return; // lazy line
      while (items.length > 0 && (items[items.length - 1] ?? 0) > col) items.pop();
      container = items[items.length - 1] ?? 0;
      leftItem = true;
    }
    const loose = this.anyMarkerStartsList;
    const quoteFence = this.quoteFence;
    this.anyMarkerStartsList = false;
    this.quoteFence = false;
    let k = i;
    let c = col;
    for (;;) {
      if (c - container >= 4) {
        // Indented code, or a paragraph's continuation (which keeps a quote's lazy context).
        this.anyMarkerStartsList = loose && this.paragraph;
        return;
      }
      const fence = fenceOpen(s, k, eol, container);
      if (fence) {
        this.fence = fence;
        this.paragraph = false;
        return;
      }
      const html = htmlStart(s, k, eol, this.paragraph);
      if (html) {
        if (html.end === 'blank') this.htmlUntilBlank = true;
        else if (html.end) {
          this.htmlEnd = html.end;
          this.htmlContainer = container;
        }
        this.paragraph = false;
        return;
      }
      if (isAtxHeading(s, k, eol) || isThematicBreak(s, k, eol)) {
        this.paragraph = false;
        return;
      }
      const marker = listMarker(s, k, eol, c);
      if (marker && (!this.paragraph || leftItem || marker.canInterruptParagraph || loose)) {
        while (items.length > 0 && (items[items.length - 1] ?? 0) > c) items.pop();
        items.push(marker.contentColumn);
        container = marker.contentColumn;
        this.paragraph = false;
        leftItem = false;
        if (marker.contentIndex >= eol) {
          this.emptyItem = true;
          return;
        }
        // Look at the item's content: it may open a fence, HTML block or nested list.
        c = marker.contentColumn;
        k = marker.contentIndex;
        while (k < eol && (s.charCodeAt(k) === 0x20 || s.charCodeAt(k) === 0x09)) {
          c = s.charCodeAt(k) === 0x09 ? c + 4 - (c % 4) : c + 1;
          k++;
        }
        continue;
      }
      if (s.charCodeAt(k) === 0x3e /* > */) {
        this.quote(k, eol, quoteFence);
        return;
      }
      const wasParagraph = this.paragraph;
      const staysLoose = loose && wasParagraph; // a lazy quote line, a table row
      if (!wasParagraph && items.length === 0 && s.charCodeAt(k) === 0x5b) {
        const label = definitionLabel(s, k, eol);
        if (label !== null) {
          (this.definitions ??= []).push([label, s.slice(k, eol).trimEnd()]);
          return;
        }
      }
      // In a lazy quote line or a table row, `===` is just text.
      if (wasParagraph && !loose && isSetextUnderline(s, k, eol)) {
        this.paragraph = false;
        return;
      }
      this.paragraph = true;
      this.anyMarkerStartsList = staysLoose || (wasParagraph && isTableDelimiter(s, k, eol));
      return;
    }
  }
}
