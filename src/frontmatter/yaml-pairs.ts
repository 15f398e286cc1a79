import { isAlias, isMap, isScalar, isSeq, parseDocument, Scalar, type Document, type Node, type Pair } from 'yaml';
import type { ScalarStyle } from './yaml-scalar-text';

/** Where one top-level `key: value` pair sits in the front matter's source, by offsets into it. */
export interface YamlPair {
  key: string;
  /** Start of the key's line. */
  lineStart: number;
  /** Just after the `:` that ends the key. */
  colonEnd: number;
  /** Where the value starts; equal to `colonEnd` for a key with no value. */
  valueStart: number;
  /** Where the value ends, before the line break that closes a block value. */
  valueEnd: number;
  /** True when the value starts on the key's line (scalars, flow lists, block scalar headers). */
  inline: boolean;
  /** The value's style when it is a scalar, null otherwise. */
  style: ScalarStyle | null;
  /** Flow (`[a, b]`) or block (`- a`) when the value is a list. */
  listStyle: 'flow' | 'block' | null;
  /** Column of a block value's first line (list dash or nested key). */
  blockIndent: number | null;
}

/** The front matter parsed with positions kept; the source itself is never re-serialised. */
export interface LocatedYaml {
  doc: Document;
  pairs: YamlPair[];
  /** Keys Lanyard cannot edit in place (complex keys), which the form shows read-only. */
  complexKeys: boolean;
}

const scalarStyles: Partial<Record<string, ScalarStyle>> = {
  [Scalar.PLAIN]: 'plain',
  [Scalar.QUOTE_SINGLE]: 'single',
  [Scalar.QUOTE_DOUBLE]: 'double',
  [Scalar.BLOCK_LITERAL]: 'literal',
  [Scalar.BLOCK_FOLDED]: 'folded',
};

/** Parses front matter YAML the way Lanyard reads it: YAML 1.2 core, so dates stay text. */
export function parseFrontMatterYaml(raw: string, version: '1.1' | '1.2' = '1.2'): Document {
  return parseDocument(raw, { uniqueKeys: false, prettyErrors: false, version });
}

function lineStartOf(raw: string, offset: number): number {
  return raw.lastIndexOf('\n', offset - 1) + 1;
}

/** A block value's range ends after its last line break; the pair's own line break stays outside. */
function withoutFinalBreak(raw: string, end: number): number {
  if (raw[end - 1] !== '\n') return end;
  return raw[end - 2] === '\r' ? end - 2 : end - 1;
}

function locate(raw: string, pair: Pair): YamlPair | null {
  const key = pair.key as Node | null;
  if (!isScalar(key) || key.range == null || (typeof key.value !== 'string' && typeof key.value !== 'number')) {
    return null;
  }
  const colon = raw.indexOf(':', key.range[1]);
  if (colon === -1 || raw.slice(key.range[1], colon).trim() !== '') return null;
  const colonEnd = colon + 1;
  const value = pair.value as Node | null;
  const range = value?.range ?? [colonEnd, colonEnd, colonEnd];
  const valueStart = isAlias(value) || range[0] >= colonEnd ? range[0] : colonEnd;
  const valueEnd = withoutFinalBreak(raw, Math.max(range[1], valueStart));
  const inline = !raw.slice(colonEnd, valueStart).includes('\n');
  const isList = isSeq(value);
  const flow = isList && raw[valueStart] === '[';
  return {
    key: String(key.value),
    lineStart: lineStartOf(raw, key.range[0]),
    colonEnd,
    valueStart,
    valueEnd,
    inline,
    style: isScalar(value) ? (scalarStyles[value.type ?? ''] ?? null) : null,
    listStyle: isList ? (flow ? 'flow' : 'block') : null,
    blockIndent: inline ? null : valueStart - lineStartOf(raw, valueStart),
  };
}

/** Parses `raw` and finds every top-level pair; null pairs when the block is not a map. */
export function locateYamlPairs(raw: string): LocatedYaml {
  const doc = parseFrontMatterYaml(raw);
  const pairs: YamlPair[] = [];
  let complexKeys = false;
  if (isMap(doc.contents)) {
    for (const item of doc.contents.items) {
      const located = locate(raw, item);
      if (located) pairs.push(located);
      else complexKeys = true;
    }
  }
  return { doc, pairs, complexKeys };
}
