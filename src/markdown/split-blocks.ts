import { BlockScanner, type Span } from './block-scanner';
import { normalizeLabel } from './line-kinds';

/** A top-level piece of a Markdown body that renders the same alone as in the whole document. */
export interface MarkdownBlock {
  /**
   * Stable identity derived from `text`; a repeated block's key also depends on the block
   * before it (and a counter if needed), so equal blocks get distinct keys.
   */
  key: string;
  /** The block's Markdown, preceded by any reference definitions it uses from elsewhere. */
  text: string;
  /** 0-based line of the block's first line in the whole document. */
  startLine: number;
}

// Bracketed text that may be a reference: `[label]`, `[text][label]`, `[label][]`.
const BRACKETS = /\[([^[\]\n]{1,999})\]/g;

/** The document's definitions by label; the first definition of a label wins, as in markdown-it. */
function definitionMap(spans: readonly Span[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const span of spans) {
    for (const [label, line] of span.definitions ?? []) if (!map.has(label)) map.set(label, line);
  }
  return map;
}

/** The definitions of the references a block uses, as lines to put in front of it, or ''. */
function headerOf(body: string, span: Span, definitions: Map<string, string>): string {
  if (definitions.size === 0) return '';
  const at = body.indexOf('[', span.start);
  if (at === -1 || at >= span.end) return '';
  let used: string[] | null = null;
  for (const match of body.slice(span.start, span.end).matchAll(BRACKETS)) {
    const definition = definitions.get(normalizeLabel(match[1] ?? ''));
    if (definition === undefined) continue;
    used ??= [];
    if (!used.includes(definition)) used.push(definition);
  }
  // In front, not behind: a block may end inside an unclosed fence, but never starts in one.
  return used ? `${used.join('\n')}\n\n` : '';
}

/** Two independent 32-bit lanes and the length: collisions are not a practical concern. */
function hashRange(text: string, start: number, end: number): string {
  let a = 0x811c9dc5;
  let b = 0x9747b28c ^ (end - start);
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 13;
  }
  return `${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}${(end - start).toString(36)}`;
}

function combine(textHash: string, header: string): string {
  return header ? `${textHash}.${hashRange(header, 0, header.length)}` : textHash;
}

/**
 * Keys from hashes. A repeated block is keyed by its hash and the previous block's, so that
 * an edit elsewhere does not renumber every later copy of, say, a `---` separator.
 */
function keysOf(hashes: readonly string[]): string[] {
  const seen = new Set<string>();
  const counters = new Map<string, number>();
  return hashes.map((hash, n) => {
    let key = hash;
    if (seen.has(key)) {
      const base = `${hash}~${hashes[n - 1] ?? ''}`;
      // Remembered per base: a document of thousands of equal blocks stays linear.
      let count = counters.get(base) ?? 0;
      key = count === 0 ? base : `${base}-${count}`;
      while (seen.has(key)) key = `${base}-${++count}`;
      counters.set(base, count + 1);
    }
    seen.add(key);
    return key;
  });
}

/** The definitions a run of spans holds, as one comparable string. */
function signature(spans: readonly Span[]): string {
  return spans
    .map((span) => (span.definitions ?? []).map(([label, line]) => `${label}\u0000${line}`).join('\u0001'))
    .join('\u0002');
}

/** Length of the common prefix of `a` and `b`, comparing in chunks first. */
function commonPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let i = 0;
  for (let step = 4096; step >= 1; step >>= 4) {
    while (i + step <= max && a.slice(i, i + step) === b.slice(i, i + step)) i += step;
  }
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the common suffix of `a` and `b`, at most `max`. */
function commonSuffix(a: string, b: string, max: number): number {
  let n = 0;
  for (let step = 4096; step >= 1; step >>= 4) {
    while (
      n + step <= max &&
      a.slice(a.length - n - step, a.length - n) === b.slice(b.length - n - step, b.length - n)
    ) {
      n += step;
    }
  }
  while (n < max && a.charCodeAt(a.length - n - 1) === b.charCodeAt(b.length - n - 1)) n++;
  return n;
}

function countLines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/** Index of the last span starting before `offset`, or -1. */
function spanBefore(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as Span).start < offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/**
 * Splits a Markdown body (front matter already removed) into top-level blocks at blank lines,
 * keeping fenced code (closed or not), HTML blocks, loose lists, indented code, blockquotes and
 * tables whole, so that rendering the blocks one by one and concatenating the HTML equals
 * rendering the body. `lineOffset` is the line of the body's first line in the document.
 *
 * One-line link reference definitions at the top level are collected document-wide and put in
 * front of every block that mentions their label. Known differences: definitions inside lists
 * or blockquotes, or spanning lines, are only seen by their own block.
 */
export function splitBlocks(body: string, lineOffset: number): MarkdownBlock[] {
  return new BlockSplitter().split(body, lineOffset);
}

/**
 * `splitBlocks` for a text that changes a little at a time: it remembers the last body and
 * rescans only from just before the first changed character until the block boundaries line up
 * with the old ones again, so an edit in one block of a 1 MB document costs a string compare
 * rather than a full scan. Results are identical to `splitBlocks`.
 */
export class BlockSplitter {
  private body = '';
  private spans: Span[] = [];
  /** Per span: hash of its text, the definitions put in front of it ('' for none), hash of both. */
  private textHashes: string[] = [];
  private headers: string[] = [];
  private hashes: string[] = [];
  private definitions = new Map<string, string>();
  private hasPrevious = false;

  split(body: string, lineOffset: number): MarkdownBlock[] {
    if (!this.hasPrevious || !this.update(body)) this.full(body);
    this.body = body;
    this.hasPrevious = true;
    const keys = keysOf(this.hashes);
    const blocks = new Array<MarkdownBlock>(this.spans.length);
    for (let n = 0; n < this.spans.length; n++) {
      const span = this.spans[n] as Span;
      // Sliced from the current body so that no old body stays reachable.
      const text = body.slice(span.start, span.end);
      const header = this.headers[n] ?? '';
      blocks[n] = { key: keys[n] as string, text: header ? header + text : text, startLine: span.line + lineOffset };
    }
    return blocks;
  }

  /** Forgets the last body; the next split scans everything. */
  reset(): void {
    this.hasPrevious = false;
    this.body = '';
    this.spans = [];
    this.textHashes = [];
    this.headers = [];
    this.hashes = [];
  }

  private full(body: string): void {
    const scanner = new BlockScanner(body);
    scanner.run();
    this.spans = scanner.spans;
    this.textHashes = this.spans.map((span) => hashRange(body, span.start, span.end));
    this.redoHeaders(body);
  }

  /** Recomputes the definitions and, for every block, what goes in front of it. */
  private redoHeaders(body: string): void {
    this.definitions = definitionMap(this.spans);
    this.headers = this.spans.map((span) => headerOf(body, span, this.definitions));
    this.hashes = this.headers.map((header, n) => combine(this.textHashes[n] ?? '', header));
  }

  /** Rescans the changed region only; false when a full scan is needed instead. */
  private update(body: string): boolean {
    const old = this.body;
    const prefix = commonPrefix(old, body);
    if (prefix === old.length && prefix === body.length) return true;
    const suffix = commonSuffix(old, body, Math.min(old.length, body.length) - prefix);
    const newEnd = body.length - suffix;
    const delta = body.length - old.length;
    // Restart one block early: the changed block's first line decides its own boundary.
    const restart = Math.max(0, spanBefore(this.spans, prefix) - 1);
    const from = this.spans[restart];
    if (!from) return false;

    let resume = -1;
    const scanner = new BlockScanner(body);
    // Block 0 may start inside the edit (in leading blank lines): then scan from the top.
    scanner.run(restart === 0 ? 0 : from.start, restart === 0 ? 0 : from.line, (start) => {
      if (start < newEnd) return false;
      // Past the edit, at a boundary the old scan also had: from here on both scans agree.
      const index = spanBefore(this.spans, start - delta + 1);
      if (index <= restart || (this.spans[index] as Span).start !== start - delta) return false;
      resume = index;
      return true;
    });
    const end = resume === -1 ? this.spans.length : resume;
    const definitionsChanged = signature(this.spans.slice(restart, end)) !== signature(scanner.spans);

    const lineDelta = countLines(body, prefix, newEnd) - countLines(old, prefix, old.length - suffix);
    const fresh = scanner.spans;
    const shifted = this.spans
      .slice(end)
      .map((span) => ({ ...span, start: span.start + delta, end: span.end + delta, line: span.line + lineDelta }));
    this.spans = [...this.spans.slice(0, restart), ...fresh, ...shifted];
    const textHashes = fresh.map((span) => hashRange(body, span.start, span.end));
    this.textHashes = [...this.textHashes.slice(0, restart), ...textHashes, ...this.textHashes.slice(end)];
    if (definitionsChanged) {
      this.redoHeaders(body);
    } else {
      const headers = fresh.map((span) => headerOf(body, span, this.definitions));
      const hashes = headers.map((header, n) => combine(textHashes[n] ?? '', header));
      this.headers = [...this.headers.slice(0, restart), ...headers, ...this.headers.slice(end)];
      this.hashes = [...this.hashes.slice(0, restart), ...hashes, ...this.hashes.slice(end)];
    }
    return true;
  }
}
