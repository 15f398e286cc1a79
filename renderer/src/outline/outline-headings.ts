import { syntaxTree } from '@codemirror/language';
import type { EditorState } from '@codemirror/state';

/** A heading of the post, as the outline lists it. */
export interface OutlineHeading {
  level: number;
  text: string;
  /** Where the heading's line starts. */
  from: number;
}

const headingName = /^(?:ATX|Setext)Heading([1-6])$/;
// Headings live at the top level and inside quotes and lists; nothing else can hold one.
const containers = new Set(['Document', 'Blockquote', 'BulletList', 'OrderedList', 'ListItem']);

function headingText(state: EditorState, from: number, to: number, setext: boolean): string {
  const firstLine = state.doc.lineAt(from);
  const text = state.sliceDoc(from, setext ? Math.min(firstLine.to, to) : to);
  return setext
    ? text.trim()
    : text
        .replace(/^#{1,6}/, '')
        .replace(/\s#+\s*$/, '')
        .trim();
}

/**
 * The post's headings, in order, from the Markdown tree CodeMirror keeps: a `#` line inside
 * fenced code or front matter is not a heading. Only the part parsed so far is seen; the editor
 * parses the rest soon after and the outline follows.
 */
export function outlineHeadings(state: EditorState): OutlineHeading[] {
  const headings: OutlineHeading[] = [];
  syntaxTree(state).iterate({
    enter(node) {
      const match = headingName.exec(node.name);
      if (match) {
        const setext = node.name.startsWith('Setext');
        headings.push({
          level: Number(match[1]),
          text: headingText(state, node.from, node.to, setext),
          from: node.from,
        });
        return false;
      }
      return containers.has(node.name);
    },
  });
  return headings;
}

/** The index of the heading whose section holds `pos`, or -1 before the first heading. */
export function currentHeadingIndex(headings: readonly OutlineHeading[], pos: number): number {
  let current = -1;
  for (const [index, heading] of headings.entries()) {
    if (heading.from > pos) break;
    current = index;
  }
  return current;
}
