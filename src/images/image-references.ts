import { splitFrontMatter } from '../frontmatter/split-front-matter';
import { normalizeLabel } from '../markdown/line-kinds';

/** One image a post links, as written (Liquid left in place). */
export interface ImageReference {
  url: string;
  /** 1-based line of the text where the link (or front matter field) is. */
  line: number;
}

/** Front matter fields that name a post's picture in common Jekyll and Hugo themes. */
const FRONT_MATTER_FIELD = /^[ \t]*(?:-[ \t]+)?(["']?)(image|cover|thumbnail)\1[ \t]*[:=][ \t]*(.*?)[ \t\r]*$/i;

const FENCE_OPEN = /^(`{3,}|~{3,})(.*)$/;
const LIQUID_HIGHLIGHT = /^\{%-?[ \t]*highlight\b/;
const LIQUID_END_HIGHLIGHT = /\{%-?[ \t]*endhighlight[ \t]*-?%\}/;
/** What a line holds once blockquote markers and indentation are set aside. */
const LINE_CONTENT = /^(?:[ \t]*>)*[ \t]*/;

/** Alt text: anything but brackets, with escapes and one level of nested brackets. */
const ALT = String.raw`(?:[^\[\]\\]|\\[\s\S]|\[(?:[^\[\]\\]|\\[\s\S])*\])*`;
/** A bare destination: no spaces except inside Liquid, balanced parentheses one level deep. */
const BARE_URL = String.raw`(?:\{\{[^{}\n]*\}\}|\{%[^{}\n]*%\}|\{(?![{%])|\\[\s\S]|[^\s(){\\]|\((?:[^\s()\\]|\\[\s\S])*\))+`;
const TITLE = String.raw`(?:\s+(?:"[^"]*"|'[^']*'|\([^()]*\)))?`;
const MARKDOWN_IMAGE = new RegExp(
  String.raw`!\[(${ALT})\](?:\(\s*(?:<([^<>\n]*)>|(${BARE_URL}))${TITLE}\s*\)|\[((?:[^\[\]\\]|\\[\s\S])*)\])?`,
  'g',
);
const DEFINITION = new RegExp(
  String.raw`^[ \t]{0,3}(?:>[ \t]*)*\[((?:[^\[\]\\]|\\[\s\S])+)\]:[ \t]*\n?[ \t]*(?:<([^<>\n]*)>|(\S+))`,
  'gm',
);
const ATTRIBUTE = String.raw`\s+[^\s=>/<]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>\x60]+))?`;
const IMG_TAG = new RegExp(
  String.raw`<img\b(?:${ATTRIBUTE})*?\s+src\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>\x60]+))`,
  'gi',
);

/** Replaces every character of `text[from, to)` but line breaks with spaces, keeping offsets. */
function blank(chars: string[], from: number, to: number): void {
  for (let i = from; i < to; i++) if (chars[i] !== '\n') chars[i] = ' ';
}

/** Blanks fenced code blocks and Liquid `{% highlight %}` blocks, line by line. */
function blankCodeBlocks(chars: string[], text: string, from: number): void {
  let close: ((content: string) => boolean) | null = null;
  let blockStart = 0;
  for (let start = from; start < text.length;) {
    const lineEnd = text.indexOf('\n', start);
    const end = lineEnd === -1 ? text.length : lineEnd;
    const content = text.slice(start, end).replace(LINE_CONTENT, '').replace(/\r$/, '');
    if (close !== null) {
      if (close(content)) {
        blank(chars, blockStart, end);
        close = null;
      }
    } else {
      const fence = FENCE_OPEN.exec(content);
      if (fence?.[1] !== undefined && !(fence[1].startsWith('`') && fence[2]?.includes('`'))) {
        const marker = fence[1];
        close = (line) => {
          const run = /^(`+|~+)[ \t]*$/.exec(line)?.[1];
          return run !== undefined && run[0] === marker[0] && run.length >= marker.length;
        };
        blockStart = start;
      } else if (LIQUID_HIGHLIGHT.test(content)) {
        close = (line) => LIQUID_END_HIGHLIGHT.test(line);
        blockStart = start;
      }
    }
    start = end + 1;
  }
  // An unclosed fence runs to the end of the post, as in CommonMark.
  if (close !== null) blank(chars, blockStart, text.length);
}

/** Blanks inline code spans; a span ends at the next backtick run of the same length. */
function blankCodeSpans(chars: string[], masked: string): void {
  const run = /`+/g;
  for (let match = run.exec(masked); match !== null; match = run.exec(masked)) {
    const closing = new RegExp(`(?<!\`)\`{${match[0].length}}(?!\`)`, 'g');
    closing.lastIndex = match.index + match[0].length;
    const end = closing.exec(masked);
    // A span cannot cross a blank line, which ends the paragraph.
    if (end === null || /\n[ \t\r]*\n/.test(masked.slice(match.index, end.index))) continue;
    blank(chars, match.index, end.index + end[0].length);
    run.lastIndex = end.index + end[0].length;
  }
}

/** Markdown backslash escapes in a destination stand for the character itself. */
function unescapeMarkdown(url: string): string {
  return url.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** The value of a one-line front matter scalar, or null when it is no path. */
function scalarValue(raw: string): string | null {
  const text = raw.replace(/,$/, '');
  let value: string;
  if (text.startsWith('"')) {
    value = /^"((?:[^"\\]|\\.)*)"/.exec(text)?.[1]?.replace(/\\(.)/g, '$1') ?? '';
  } else if (text.startsWith("'")) {
    value = /^'((?:[^']|'')*)'/.exec(text)?.[1]?.replace(/''/g, "'") ?? '';
  } else {
    value = /^[|>[{&*!%@`]/.test(text) ? '' : text.replace(/[ \t]+#.*$/, '');
  }
  return /[./]/.test(value) ? value.trim() : null;
}

/** Only files in the site can be checked; remote, inline and scheme URLs are left out. */
function isSiteUrl(url: string): boolean {
  return url !== '' && !url.startsWith('#') && !url.startsWith('//') && !/^[a-z][a-z0-9+.-]*:/i.test(url);
}

function lineCounter(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

/**
 * Every image a post links, in order: Markdown images `![alt](url "title")` and
 * `![alt](<url>)`, reference images `![alt][ref]`, `![alt][]` and `![alt]` with their
 * `[ref]: url` definitions, `<img src=…>` tags with any quoting, and the front matter's
 * `image`, `cover` and `thumbnail` values. Links inside fenced code, `{% highlight %}` blocks
 * and inline code do not count; neither do `http(s):`, `data:` and other scheme URLs nor
 * `//host` URLs, which are not files in the site.
 */
export function imageReferences(text: string): ImageReference[] {
  const lineAt = lineCounter(text);
  const found: { url: string; offset: number }[] = [];
  const split = splitFrontMatter(text);
  let offset = split.rawStart;
  for (const line of split.raw.split('\n')) {
    const match = FRONT_MATTER_FIELD.exec(line);
    const value = match?.[3] === undefined ? null : scalarValue(match[3]);
    if (value !== null) found.push({ url: value, offset });
    offset += line.length + 1;
  }

  const chars = text.split('');
  blank(chars, 0, split.bodyStart);
  blankCodeBlocks(chars, text, split.bodyStart);
  blankCodeSpans(chars, chars.join(''));
  const masked = chars.join('');

  const definitions = new Map<string, string>();
  for (const match of masked.matchAll(DEFINITION)) {
    const label = normalizeLabel(match[1] ?? '');
    const url = match[2] ?? unescapeMarkdown(match[3] ?? '');
    if (label !== '' && !definitions.has(label)) definitions.set(label, url);
  }
  for (const match of masked.matchAll(MARKDOWN_IMAGE)) {
    if (masked[match.index - 1] === '\\') continue;
    const [, alt = '', angled, bare, label] = match;
    const url = angled ?? (bare === undefined ? definitions.get(normalizeLabel(label || alt)) : unescapeMarkdown(bare));
    if (url !== undefined) found.push({ url, offset: match.index });
  }
  for (const match of masked.matchAll(IMG_TAG)) {
    found.push({ url: match[1] ?? match[2] ?? match[3] ?? '', offset: match.index });
  }
  return found
    .map(({ url, offset }) => ({ url: url.trim(), offset }))
    .filter(({ url }) => isSiteUrl(url))
    .sort((a, b) => a.offset - b.offset)
    .map(({ url, offset }) => ({ url, line: lineAt(offset) }));
}
