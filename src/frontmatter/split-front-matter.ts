/** Where the front matter and the body of a Markdown file are, by character offsets. */
export interface FrontMatterSplit {
  /** `yaml` for `---`, `toml` for `+++`; null when there is none. */
  format: 'yaml' | 'toml' | null;
  /** The text between the fences, without them. */
  raw: string;
  /** Offset of the first character of `raw`. */
  rawStart: number;
  /** Offset where the body starts (after the closing fence and its line break). */
  bodyStart: number;
  /** True when an opening fence has no closing fence: the whole file is then the body. */
  unclosed: boolean;
}

const fences = { yaml: '---', toml: '+++' } as const;

function lineEndAt(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
}

/**
 * Finds the front matter block at the start of a post. Accepts LF and CRLF, a leading BOM,
 * and trailing spaces after fences, as Jekyll and Hugo do.
 */
export function splitFrontMatter(text: string): FrontMatterSplit {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const none: FrontMatterSplit = { format: null, raw: '', rawStart: start, bodyStart: start, unclosed: false };
  const firstLineEnd = lineEndAt(text, start);
  const firstLine = text.slice(start, firstLineEnd).replace(/\r$/, '').trimEnd();
  for (const format of ['yaml', 'toml'] as const) {
    if (firstLine !== fences[format]) continue;
    const rawStart = Math.min(firstLineEnd + 1, text.length);
    let lineStart = rawStart;
    while (lineStart <= text.length) {
      const lineEnd = lineEndAt(text, lineStart);
      const line = text.slice(lineStart, lineEnd).replace(/\r$/, '').trimEnd();
      if (line === fences[format] || (format === 'yaml' && line === '...')) {
        return {
          format,
          raw: text.slice(rawStart, lineStart),
          rawStart,
          bodyStart: Math.min(lineEnd + 1, text.length),
          unclosed: false,
        };
      }
      if (lineEnd >= text.length) break;
      lineStart = lineEnd + 1;
    }
    return { ...none, format, unclosed: true };
  }
  return none;
}
