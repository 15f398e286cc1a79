// Line classifiers for splitBlocks. Each looks at one line of `s` from `i` (its first
// non-blank character) to `eol`, mirrors markdown-it's block rules closely enough to find
// block boundaries, and never allocates on the common path.

const BACKTICK = 0x60;
const TILDE = 0x7e;

/** An open code fence: its character, run length and the indent column that ends it. */
export interface Fence {
  char: number;
  length: number;
  /** Content column of the list item holding the fence; a non-blank line left of it ends the fence. */
  container: number;
}

/** The fence opened by this line, or null. */
export function fenceOpen(s: string, i: number, eol: number, container: number): Fence | null {
  const char = s.charCodeAt(i);
  if (char !== BACKTICK && char !== TILDE) return null;
  let j = i;
  while (j < eol && s.charCodeAt(j) === char) j++;
  const length = j - i;
  if (length < 3) return null;
  if (char === BACKTICK) {
    for (let k = j; k < eol; k++) if (s.charCodeAt(k) === BACKTICK) return null;
  }
  return { char, length, container };
}

/** True when this line closes `fence` (same character, at least as long, nothing after). */
export function fenceCloses(s: string, i: number, eol: number, fence: Fence): boolean {
  let j = i;
  while (j < eol && s.charCodeAt(j) === fence.char) j++;
  if (j - i < fence.length) return false;
  for (; j < eol; j++) {
    const c = s.charCodeAt(j);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
}

/** True for a line holding only spaces, tabs or a carriage return. */
export function isBlankFrom(s: string, i: number, eol: number): boolean {
  for (; i < eol; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
}

// The seven CommonMark HTML block kinds, as markdown-it defines them.
const BLOCK_NAMES =
  'address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul';
const OPEN_TAG = `<[A-Za-z][A-Za-z0-9\\-]*(?:\\s+[a-zA-Z_:][a-zA-Z0-9:._-]*(?:\\s*=\\s*(?:[^"'=<>\`\\x00-\\x20]+|'[^']*'|"[^"]*"))?)*\\s*\\/?>`;
const CLOSE_TAG = '<\\/[A-Za-z][A-Za-z0-9\\-]*\\s*>';
const HTML_WITH_END: [RegExp, RegExp][] = [
  [/^<(?:script|pre|style|textarea)(?=\s|>|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^<!--/, /-->/],
  [/^<\?/, /\?>/],
  [/^<![A-Za-z]/, />/],
  [/^<!\[CDATA\[/, /\]\]>/],
];
const HTML_BLOCK_TAG = new RegExp(`^</?(?:${BLOCK_NAMES})(?=\\s|/?>|$)`, 'i');
const HTML_LONE_TAG = new RegExp(`^(?:${OPEN_TAG}|${CLOSE_TAG})\\s*$`);

/** What an HTML block start means for the lines after it. */
export type HtmlStart =
  /** Runs until a line matching `end` (kinds 1–5); null when it ends on this very line. */
  | { end: RegExp | null }
  /** Runs until a blank line (kinds 6 and 7). */
  | { end: 'blank' };

/** The HTML block this line starts, or null; kind 7 cannot interrupt a paragraph. */
export function htmlStart(s: string, i: number, eol: number, inParagraph: boolean): HtmlStart | null {
  if (s.charCodeAt(i) !== 0x3c /* < */) return null;
  const line = s.slice(i, eol);
  for (const [start, end] of HTML_WITH_END) {
    if (start.test(line)) return { end: end.test(line) ? null : end };
  }
  if (HTML_BLOCK_TAG.test(line)) return { end: 'blank' };
  if (!inParagraph && HTML_LONE_TAG.test(line)) return { end: 'blank' };
  return null;
}

/** A list item marker: where the item's content starts, and whether it may interrupt a paragraph. */
export interface ListMarker {
  /** Column of the item's content, given the marker's own column. */
  contentColumn: number;
  /** Index in `s` of the first content character (or `eol` for an empty item). */
  contentIndex: number;
  canInterruptParagraph: boolean;
}

/** The list item marker starting this line (`-`, `+`, `*`, `1.`, `1)`), or null. */
export function listMarker(s: string, i: number, eol: number, column: number): ListMarker | null {
  const c = s.charCodeAt(i);
  let j = i;
  let startsAtOne = true;
  if (c === 0x2d || c === 0x2b || c === 0x2a) {
    j = i + 1;
  } else if (c >= 0x30 && c <= 0x39) {
    while (j < eol && j - i < 10 && s.charCodeAt(j) >= 0x30 && s.charCodeAt(j) <= 0x39) j++;
    if (j - i > 9) return null;
    const delimiter = s.charCodeAt(j);
    if (delimiter !== 0x2e && delimiter !== 0x29) return null;
    startsAtOne = Number(s.slice(i, j)) === 1;
    j++;
  } else {
    return null;
  }
  if (j < eol && s.charCodeAt(j) !== 0x20 && s.charCodeAt(j) !== 0x09) return null;
  const markerEnd = column + (j - i);
  let k = j;
  let col = markerEnd;
  while (k < eol && (s.charCodeAt(k) === 0x20 || s.charCodeAt(k) === 0x09)) {
    col = s.charCodeAt(k) === 0x09 ? col + 4 - (col % 4) : col + 1;
    k++;
  }
  const empty = isBlankFrom(s, k, eol);
  // One space after the marker when the item is empty or starts with indented code.
  const padding = empty || col - markerEnd > 4 ? 1 : col - markerEnd;
  return {
    contentColumn: markerEnd + padding,
    contentIndex: empty ? eol : col - markerEnd > 4 ? j + 1 : k,
    canInterruptParagraph: !empty && startsAtOne,
  };
}

/** `***`, `- - -`, `___`: three or more of one character, spaces allowed between. */
export function isThematicBreak(s: string, i: number, eol: number): boolean {
  const char = s.charCodeAt(i);
  if (char !== 0x2d && char !== 0x2a && char !== 0x5f) return false;
  let count = 0;
  for (let j = i; j < eol; j++) {
    const c = s.charCodeAt(j);
    if (c === char) count++;
    else if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  }
  return count >= 3;
}

/** `#` to `######` followed by a space or the end of the line. */
export function isAtxHeading(s: string, i: number, eol: number): boolean {
  let j = i;
  while (j < eol && j - i < 7 && s.charCodeAt(j) === 0x23) j++;
  const level = j - i;
  if (level < 1 || level > 6) return false;
  return j === eol || s.charCodeAt(j) === 0x20 || s.charCodeAt(j) === 0x09 || s.charCodeAt(j) === 0x0d;
}

// `[label]: destination "optional title"` on one line. Multi-line definitions are not recognised.
const DEFINITION =
  /^\[((?:[^\\[\]]|\\.){1,999})\]:[ \t]*(?:<[^<>\n]*>|[^\s<][^\s]*)(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?[ \t\r]*$/;

/** The normalised label of a one-line link reference definition, or null. */
export function definitionLabel(s: string, i: number, eol: number): string | null {
  if (s.charCodeAt(i) !== 0x5b /* [ */) return null;
  const match = DEFINITION.exec(s.slice(i, eol));
  const label = match?.[1];
  return label === undefined || label.trim() === '' ? null : normalizeLabel(label);
}

/** Link labels match case-insensitively with runs of whitespace collapsed, as in markdown-it. */
export function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase().toUpperCase();
}

/** A GFM table delimiter row such as `|---|:--:|`; the line before it becomes the header. */
export function isTableDelimiter(s: string, i: number, eol: number): boolean {
  let pipe = false;
  let dash = false;
  for (let j = i; j < eol; j++) {
    const c = s.charCodeAt(j);
    if (c === 0x7c) pipe = true;
    else if (c === 0x2d) dash = true;
    else if (c !== 0x3a && c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  }
  return pipe && dash;
}

/** `===` under a paragraph: a setext heading underline. */
export function isSetextUnderline(s: string, i: number, eol: number): boolean {
  let j = i;
  while (j < eol && s.charCodeAt(j) === 0x3d) j++;
  return j > i && isBlankFrom(s, j, eol);
}
