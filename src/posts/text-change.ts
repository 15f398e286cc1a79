/** One replacement in a post's text, by character offsets, as CodeMirror applies changes. */
export interface TextChange {
  from: number;
  to: number;
  insert: string;
}
