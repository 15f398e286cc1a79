/** Where the front matter and the body of a Markdown file are, by character offsets. */
export interface FrontMatterSplit {
  /** `yaml` for `---`, `toml` for `+++`, `json` for a Hugo `{` … `}` object; null when there is none. */
  format: 'yaml' | 'toml' | 'json' | null;
  /** The text between the fences, without them; for JSON, the whole object, braces included. */
  raw: string;
  /** Offset of the first character of `raw`. */
  rawStart: number;
  /** Offset where the body starts (after the closing fence and its line break). */
  bodyStart: number;
  /** True when an opening fence has no closing fence: the whole file is then the body. */
  unclosed: boolean;
}

type Format = NonNullable<FrontMatterSplit['format']>;

const fences: Record<Format, { open: string; close: readonly string[] }> = {
  yaml: { open: '---', close: ['---', '...'] },
  toml: { open: '+++', close: ['+++'] },
  json: { open: '{', close: ['}'] },
};

function lineEndAt(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
}

/**
 * Finds the front matter block at the start of a post. Accepts LF and CRLF, a leading BOM,
 * and trailing spaces after fences, as Jekyll and Hugo do. JSON front matter ends at the
 * first line that is only `}`.
 */
export function splitFrontMatter(text: string): FrontMatterSplit {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const none: FrontMatterSplit = { format: null, raw: '', rawStart: start, bodyStart: start, unclosed: false };
  const firstLineEnd = lineEndAt(text, start);
  const firstLine = text.slice(start, firstLineEnd).replace(/\r$/, '').trimEnd();
  const format = (Object.keys(fences) as Format[]).find((candidate) => fences[candidate].open === firstLine);
  if (format === undefined) return none;
  const contentStart = Math.min(firstLineEnd + 1, text.length);
  for (let lineStart = contentStart; ;) {
    const lineEnd = lineEndAt(text, lineStart);
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '').trimEnd();
    if (fences[format].close.includes(line)) {
      // JSON's braces belong to the object; the other fences only mark it.
      const [rawStart, rawEnd] = format === 'json' ? [start, lineStart + 1] : [contentStart, lineStart];
      return {
        format,
        raw: text.slice(rawStart, rawEnd),
        rawStart,
        bodyStart: Math.min(lineEnd + 1, text.length),
        unclosed: false,
      };
    }
    if (lineEnd >= text.length) return { ...none, format, unclosed: true };
    lineStart = lineEnd + 1;
  }
}
