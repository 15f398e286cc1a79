import { isScalar, isSeq, parseDocument, type Document } from 'yaml';
import type { FieldValue } from './field-value';
import type { YamlFileStyle } from './yaml-file-style';
import type { YamlPair } from './yaml-pairs';
import { doubleQuoted, plainScalar, singleQuoted, stringCandidates } from './yaml-scalar-text';

/**
 * One way to write a value: `inline` text starts on the key's line (it may continue on
 * indented lines, as a block scalar does); `block` lines go below the key, each indented by
 * `indent` spaces. Line breaks are `\n`; the caller writes the file's own.
 */
export type ValueText = { inline: string } | { block: string[]; indent: number };

/** What the writer of a value needs to know about the pair it replaces and the file. */
export interface ValueContext {
  pair: YamlPair | null;
  raw: string;
  doc: Document;
  style: YamlFileStyle;
}

/** True when `text`, as a one-item list under both YAML 1.1 (Jekyll) and 1.2, reads back as `item`. */
function readsAsItem(text: string, item: string, flow: boolean): boolean {
  const source = flow ? `[${text}]` : `- ${text}`;
  return (['1.1', '1.2'] as const).every((version) => {
    const doc = parseDocument(source, { version });
    const value: unknown = doc.errors.length === 0 ? doc.toJS() : null;
    return Array.isArray(value) && value.length === 1 && value[0] === item;
  });
}

/** How the old list wrote each item, so unchanged items keep their quoting. */
function oldItemTexts(context: ValueContext): Map<string, string> {
  const texts = new Map<string, string>();
  const node = context.pair ? context.doc.get(context.pair.key, true) : null;
  if (!isSeq(node)) return texts;
  for (const item of node.items) {
    if (isScalar(item) && typeof item.value === 'string' && item.range) {
      texts.set(item.value, context.raw.slice(item.range[0], item.range[1]));
    }
  }
  return texts;
}

function itemText(item: string, flow: boolean, context: ValueContext, old: Map<string, string>): string {
  const quote = context.style.preferredQuote === 'single' ? singleQuoted(item) : null;
  const candidates = [old.get(item), plainScalar(item, flow), quote, doubleQuoted(item)];
  for (const candidate of candidates) {
    if (candidate != null && readsAsItem(candidate, item, flow)) return candidate;
  }
  return doubleQuoted(item);
}

function listTexts(items: string[], context: ValueContext): ValueText[] {
  if (items.length === 0) return [{ inline: '[]' }];
  const old = oldItemTexts(context);
  const { pair, style } = context;
  const flowOld = pair?.listStyle === 'flow';
  const flowPadding = flowOld ? context.raw[pair.valueStart + 1] === ' ' : style.flowPadding;
  const pad = flowPadding ? ' ' : '';
  const flow: ValueText = {
    inline: `[${pad}${items.map((item) => itemText(item, true, context, old)).join(', ')}${pad}]`,
  };
  const indent = pair?.listStyle === 'block' ? (pair.blockIndent ?? style.listIndent) : style.listIndent;
  const block: ValueText = { block: items.map((item) => `- ${itemText(item, false, context, old)}`), indent };
  const wantsFlow = pair?.listStyle ? flowOld : style.listStyle === 'flow';
  return wantsFlow ? [flow, block] : [block, flow];
}

/** Indentation of a block scalar's content in the old value, else one unit. */
function contentIndent(context: ValueContext): string {
  const { pair, raw, style } = context;
  if (pair && (pair.style === 'literal' || pair.style === 'folded')) {
    const next = raw.indexOf('\n', pair.valueStart) + 1;
    const indent = /^ +/.exec(raw.slice(next, pair.valueEnd))?.[0];
    if (indent) return indent;
  }
  return ' '.repeat(Math.max(style.indentUnit, 1));
}

/** Capitalisation as the old boolean had it (`True`, `TRUE`), lower case otherwise. */
function booleanText(value: boolean, context: ValueContext): string {
  const word = value ? 'true' : 'false';
  const old = context.pair ? context.raw.slice(context.pair.valueStart, context.pair.valueEnd) : '';
  if (/^(True|False)$/.test(old)) return word[0]!.toUpperCase() + word.slice(1);
  if (/^(TRUE|FALSE)$/.test(old)) return word.toUpperCase();
  return word;
}

function yamlSourceTexts(source: string): ValueText[] {
  const lines = source.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
  const margin = Math.min(...lines.filter((line) => line.trim() !== '').map((line) => /^ */.exec(line)![0].length));
  const trimmed = lines.map((line) => line.slice(Number.isFinite(margin) ? margin : 0));
  if (trimmed.length === 1) return [{ inline: trimmed[0]!.trim() }];
  if (/^[|>]/.test(trimmed[0]!)) return [{ inline: trimmed.join('\n') }];
  return [{ block: trimmed, indent: 2 }];
}

/** The ways to write `value` in this file, best first; the caller keeps the first that reads back right. */
export function valueTexts(value: FieldValue, context: ValueContext): ValueText[] {
  switch (value.kind) {
    case 'string':
      return stringCandidates(value.value, {
        style: context.pair?.style ?? null,
        preferredQuote: context.style.preferredQuote,
        indent: contentIndent(context),
        eol: '\n',
      }).map((inline) => ({ inline }));
    case 'date':
      // Quoted, a date would become a string to Jekyll and Hugo: plain or nothing.
      return [{ inline: value.text }];
    case 'boolean':
      return [{ inline: booleanText(value.value, context) }];
    case 'number':
      if (!Number.isFinite(value.value)) return [];
      return [{ inline: Object.is(value.value, -0) ? '-0' : String(value.value) }];
    case 'list':
      return listTexts(value.items, context);
    case 'yaml':
      return yamlSourceTexts(value.source).map((text) =>
        'block' in text ? { block: text.block, indent: context.pair?.blockIndent || context.style.indentUnit } : text,
      );
  }
}
