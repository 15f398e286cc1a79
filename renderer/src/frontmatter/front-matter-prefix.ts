import type { Text } from '@codemirror/state';

/** Past this many lines an unclosed block is reported as such rather than scanned to the end. */
const MAX_FRONT_MATTER_LINES = 5000;
const closingFences: Record<string, string[]> = { '---': ['---', '...'], '+++': ['+++'], '{': ['}'] };

/**
 * The start of a post up to and including its front matter's closing fence: all the form needs,
 * so typing in a long body never re-reads it. Offsets in it are offsets in the whole document.
 */
export function frontMatterPrefix(doc: Text): string {
  const first = doc.line(1);
  const closers = closingFences[first.text.replace(/^\uFEFF/, '').trimEnd()];
  if (!closers) return first.text;
  const last = Math.min(doc.lines, MAX_FRONT_MATTER_LINES);
  for (let number = 2; number <= last; number++) {
    const line = doc.line(number);
    if (closers.includes(line.text.trimEnd())) return doc.sliceString(0, Math.min(line.to + 1, doc.length));
  }
  return doc.sliceString(0, doc.line(last).to);
}
