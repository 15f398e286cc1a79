import { isMap } from 'yaml';
import type { TextChange } from '../posts/text-change';
import type { FieldValue } from './field-value';
import { readFrontMatterData } from './front-matter-data';
import { sameData } from './same-data';
import { splitFrontMatter } from './split-front-matter';
import { detectYamlFileStyle } from './yaml-file-style';
import { locateYamlPairs, parseFrontMatterYaml, type YamlPair } from './yaml-pairs';
import { plainScalar, doubleQuoted } from './yaml-scalar-text';
import { valueTexts, type ValueText } from './yaml-value-text';

/** A front matter edit: the one change to make (null when the text already says it), or why not. */
export type FrontMatterEdit = { ok: true; change: TextChange | null } | { ok: false; message: string };

type Data = Record<string, unknown>;

function refuse(message: string): FrontMatterEdit {
  return { ok: false, message };
}

/** What the value reads as once written; `yaml` source reads as whatever it parses to. */
function intendedData(value: FieldValue): { ok: true; data: unknown } | { ok: false; message: string } {
  switch (value.kind) {
    case 'string':
      return { ok: true, data: value.value };
    case 'date':
      return { ok: true, data: value.text };
    case 'boolean':
    case 'number':
      return { ok: true, data: value.value };
    case 'list':
      return { ok: true, data: value.items };
    case 'yaml': {
      const doc = parseFrontMatterYaml(value.source);
      const error = doc.errors[0];
      if (error) return { ok: false, message: `That isn’t valid YAML: ${error.message}` };
      return { ok: true, data: doc.toJS() as unknown };
    }
  }
}

/** Keys Jekyll also reads as one space-separated string. */
const spaceSeparatedKeys = new Set(['tags', 'categories', 'category']);

/** `a b c` stays one space-separated string when the post wrote its tags that way (Jekyll reads both). */
function keepSpaceSeparated(key: string, value: FieldValue, current: unknown): FieldValue {
  if (value.kind !== 'list' || !spaceSeparatedKeys.has(key) || typeof current !== 'string') return value;
  if (value.items.length === 0 || value.items.some((item) => item === '' || /\s/.test(item))) return value;
  return { kind: 'string', value: value.items.join(' ') };
}

function withEol(text: string, eol: string): string {
  return eol === '\n' ? text : text.replace(/\n/g, eol);
}

function blockLines(text: Extract<ValueText, { block: string[] }>): string {
  const indent = ' '.repeat(text.indent);
  return text.block.map((line) => (line === '' ? '' : indent + line)).join('\n');
}

/** The replacement of an existing pair's value by `text`, in raw offsets. */
function replacementFor(pair: YamlPair, text: ValueText): TextChange {
  const hasInlineValue = pair.inline && pair.valueStart > pair.colonEnd;
  if ('inline' in text) {
    if (hasInlineValue) return { from: pair.valueStart, to: pair.valueEnd, insert: text.inline };
    return { from: pair.colonEnd, to: pair.valueEnd, insert: ` ${text.inline}` };
  }
  const lines = blockLines(text);
  if (!pair.inline && pair.blockIndent === text.indent) {
    return { from: pair.valueStart, to: pair.valueEnd, insert: lines.slice(text.indent) };
  }
  return { from: pair.colonEnd, to: pair.valueEnd, insert: `\n${lines}` };
}

function keyText(key: string): string {
  return /^[A-Za-z_][\w.-]*$/.test(key) ? key : (plainScalar(key, false) ?? doubleQuoted(key));
}

function additionFor(raw: string, key: string, text: ValueText): TextChange {
  const value = 'inline' in text ? ` ${text.inline}` : `\n${blockLines(text)}`;
  return { from: raw.length, to: raw.length, insert: `${keyText(key)}:${value}\n` };
}

function applied(raw: string, change: TextChange): string {
  return raw.slice(0, change.from) + change.insert + raw.slice(change.to);
}

/** True when the new front matter reads as `expected` under YAML 1.2, and the key reads the same for Jekyll (1.1). */
function readsAs(raw: string, expected: Data, key: string | null, checkJekyll: boolean): boolean {
  const doc = parseFrontMatterYaml(raw);
  if (doc.errors.length > 0 || (doc.contents !== null && !isMap(doc.contents))) return false;
  if (!sameData(doc.contents === null ? {} : doc.toJS(), expected)) return false;
  if (!checkJekyll || key === null) return true;
  const old = parseFrontMatterYaml(raw, '1.1');
  const value = isMap(old.contents) ? (old.toJS() as Data)[key] : undefined;
  return old.errors.length === 0 && sameData(value, expected[key]);
}

interface YamlBlock {
  raw: string;
  rawStart: number;
  data: Data;
  pairs: YamlPair[];
  context: Omit<Parameters<typeof valueTexts>[1], 'pair'>;
}

function editableBlock(text: string): YamlBlock | { message: string } {
  const read = readFrontMatterData(text);
  const { split } = read;
  if (split.format === 'toml' || split.format === 'json') {
    return {
      message: `Lanyard keeps ${split.format.toUpperCase()} front matter exactly as written; edit it in the text.`,
    };
  }
  if (read.error) return { message: `Fix the front matter first (line ${read.error.line}): ${read.error.message}` };
  const located = locateYamlPairs(split.raw);
  if (located.complexKeys) return { message: 'This front matter uses complex keys; edit it in the text.' };
  const style = detectYamlFileStyle(split.raw, located.pairs);
  return {
    raw: split.raw,
    rawStart: split.rawStart,
    data: read.data ?? {},
    pairs: located.pairs,
    context: { raw: split.raw, doc: located.doc, style },
  };
}

/** A whole new block at the top of a post that had none. */
function newBlock(text: string, key: string, value: FieldValue, data: unknown): FrontMatterEdit {
  const split = splitFrontMatter(text);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const located = locateYamlPairs('');
  const style = detectYamlFileStyle('', []);
  for (const candidate of valueTexts(value, { pair: null, raw: '', doc: located.doc, style })) {
    const raw = additionFor('', key, candidate).insert;
    if (readsAs(raw, { [key]: data }, key, value.kind !== 'yaml' && value.kind !== 'date')) {
      return {
        ok: true,
        change: { from: split.rawStart, to: split.rawStart, insert: withEol(`---\n${raw}---\n`, eol) },
      };
    }
  }
  return refuse(`Lanyard could not write that value for "${key}" safely; edit it in the text.`);
}

/**
 * The smallest change that sets `key` to `value` in the post's YAML front matter, touching
 * only that value's text (or appending the key when it is new). Every candidate is parsed back
 * before it is offered, so an edit that would change any other data, or read differently for
 * Jekyll, is refused rather than written.
 */
export function setFrontMatterField(text: string, key: string, value: FieldValue): FrontMatterEdit {
  const intended = intendedData(value);
  if (!intended.ok) return refuse(intended.message);
  if (splitFrontMatter(text).format === null) return newBlock(text, key, value, intended.data);
  const block = editableBlock(text);
  if ('message' in block) return refuse(block.message);
  const pair = block.pairs.find((candidate) => candidate.key === key) ?? null;
  const current = pair ? block.data[key] : undefined;
  const written = keepSpaceSeparated(key, value, current);
  const data = written.kind === 'string' && value.kind === 'list' ? written.value : intended.data;
  if (pair && sameData(current, data)) return { ok: true, change: null };
  const expected = { ...block.data, [key]: data };
  const checkJekyll = written.kind !== 'yaml' && written.kind !== 'date';
  for (const candidate of valueTexts(written, { ...block.context, pair })) {
    const change = pair ? replacementFor(pair, candidate) : additionFor(block.raw, key, candidate);
    const eolChange = { ...change, insert: withEol(change.insert, block.context.style.eol) };
    if (readsAs(applied(block.raw, eolChange), expected, key, checkJekyll)) {
      return {
        ok: true,
        change: { ...eolChange, from: eolChange.from + block.rawStart, to: eolChange.to + block.rawStart },
      };
    }
  }
  return refuse(
    pair && block.raw.slice(pair.colonEnd, pair.valueStart).includes('&')
      ? `"${key}" is referenced elsewhere in the front matter (a YAML anchor); edit it in the text.`
      : `Lanyard could not write that value for "${key}" without changing something else; edit it in the text.`,
  );
}

/** Removes `key` and only its lines: a comment on a line of its own above it stays. */
export function removeFrontMatterField(text: string, key: string): FrontMatterEdit {
  if (splitFrontMatter(text).format === null) return { ok: true, change: null };
  const block = editableBlock(text);
  if ('message' in block) return refuse(block.message);
  const pair = block.pairs.find((candidate) => candidate.key === key);
  if (!pair) return { ok: true, change: null };
  const lineEnd = block.raw.indexOf('\n', pair.valueEnd);
  const change = { from: pair.lineStart, to: lineEnd === -1 ? block.raw.length : lineEnd + 1, insert: '' };
  const expected = { ...block.data };
  delete expected[key];
  if (!readsAs(applied(block.raw, change), expected, null, false)) {
    return refuse(`Removing "${key}" would change other fields (it is referenced elsewhere); edit it in the text.`);
  }
  return { ok: true, change: { ...change, from: change.from + block.rawStart, to: change.to + block.rawStart } };
}
