import type { Text } from '@codemirror/state';

const cache = new WeakMap<Text, string>();

/**
 * A document's text as one string, built once per document version: the preview and the
 * word count may both ask for the same version, and a long post costs a copy each time.
 */
export function textOf(doc: Text): string {
  let text = cache.get(doc);
  if (text === undefined) {
    text = doc.toString();
    cache.set(doc, text);
  }
  return text;
}
