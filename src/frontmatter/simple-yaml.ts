/**
 * A fast path for the front matter most posts have: top-level `key: value` lines whose values
 * are plain or quoted one-line scalars, flow lists of them (`[a, "b"]`) or block lists of them.
 * Opening a site of 10,000 posts spends most of its parsing time in the full YAML parser's
 * concrete syntax tree, which nothing on the list's path needs.
 *
 * It answers only when it is sure to agree with the full parser (YAML 1.2 core schema, as
 * `readFrontMatterData` reads it) and otherwise gives up with null, so the full parser decides
 * anything unusual, and every error message still comes from it.
 */

type Scalar = string | number | boolean | null;
type Value = Scalar | Scalar[];

const keyPattern = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?$/;
/** Keys the core schema would read as something other than their text, or that an object treats specially. */
const specialKeys = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE', '__proto__']);
const listItemPattern = /^( *)-(?: +(.*))?$/;
const nullWords = new Set(['', '~', 'null', 'Null', 'NULL']);
const trueWords = new Set(['true', 'True', 'TRUE']);
const falseWords = new Set(['false', 'False', 'FALSE']);
const plainInteger = /^(?:0|-?[1-9][0-9]{0,14})$/;
const plainDecimal = /^-?(?:0|[1-9][0-9]{0,14})\.[0-9]{1,15}$/;
/** Every other scalar the core schema reads as a number (its int, octal, hex, float, inf and NaN forms): left to the full parser. */
const numberLike =
  /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const unusualCodes = new Set([0x7f, 0x85, 0x2028, 0x2029, 0xfeff]);

/** Stray carriage returns, control characters, inner BOMs and Unicode line breaks: some YAML readers treat them as more than text. */
function hasUnusualCharacters(raw: string): boolean {
  for (let index = 0; index < raw.length; index++) {
    const code = raw.charCodeAt(index);
    if (code === 0x0d ? raw.charCodeAt(index + 1) !== 0x0a : (code < 0x20 && code !== 0x0a) || unusualCodes.has(code)) {
      return true;
    }
  }
  return false;
}
/** Characters a plain scalar may not start with (YAML 1.2, 7.3.3); quotes and `[` are read separately. */
const indicators = new Set(['-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '%', '@', '`']);
/** Characters that end a plain scalar inside a flow list. */
const flowIndicators = /[,[\]{}]/;

/** The value of a plain scalar, or undefined when the full parser must decide. */
function plainScalar(text: string, inFlow: boolean): Scalar | undefined {
  const value = text.trimEnd();
  if (nullWords.has(value)) return null;
  if (trueWords.has(value)) return true;
  if (falseWords.has(value)) return false;
  if (plainInteger.test(value) || plainDecimal.test(value)) return Number(value);
  if (numberLike.test(value) || indicators.has(value[0]!)) return undefined;
  if (value.includes(': ') || value.endsWith(':') || value.includes(' #') || value.includes('\t')) return undefined;
  // Inside a flow list, a colon can start a pair; the full parser sorts that out.
  if (inFlow && (flowIndicators.test(value) || value.includes(':'))) return undefined;
  return value;
}

/** A quoted scalar filling `text` exactly (trailing spaces aside), or undefined. */
function quotedScalar(text: string): string | undefined {
  const value = text.trimEnd();
  if (value.length < 2 || value[value.length - 1] !== value[0]) return undefined;
  const inner = value.slice(1, -1);
  if (value[0] === '"') return /["\\]/.test(inner) ? undefined : inner;
  // In single quotes, '' is a quote; a lone one would end the scalar early.
  return /'(?!')/.test(inner.replace(/''/g, '')) ? undefined : inner.replace(/''/g, "'");
}

function scalar(text: string, inFlow: boolean): Scalar | undefined {
  const first = text[0];
  return first === '"' || first === "'" ? quotedScalar(text) : plainScalar(text, inFlow);
}

function flowList(text: string): Scalar[] | undefined {
  const value = text.trimEnd();
  if (!value.endsWith(']')) return undefined;
  const inner = value.slice(1, -1).trim();
  if (inner === '') return [];
  const items: Scalar[] = [];
  for (const part of inner.split(',')) {
    const item = part.trim();
    // An empty item, or a quoted item holding a comma, is the full parser's business.
    if (item === '') return undefined;
    const read = scalar(item, true);
    if (read === undefined) return undefined;
    items.push(read);
  }
  return items;
}

function inlineValue(text: string | undefined): Value | undefined {
  if (text === undefined) return null;
  return text.startsWith('[') ? flowList(text) : scalar(text, false);
}

/**
 * The front matter as data when it is simple enough to read without the full YAML parser;
 * null when it is not (the caller then uses the full parser).
 */
export function readSimpleYaml(raw: string): Record<string, unknown> | null {
  if (hasUnusualCharacters(raw)) return null;
  const lines = raw.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const data: Record<string, unknown> = {};
  let listKey: string | null = null;
  let listIndent: number | null = null;
  for (const rawLine of lines) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (line.trim() === '' || /^ *#/.test(line)) continue;
    const item = listKey === null ? null : listItemPattern.exec(line);
    if (item !== null && listKey !== null) {
      const indent = item[1]!.length;
      if (listIndent !== null && indent !== listIndent) return null;
      listIndent = indent;
      const read = item[2] === undefined ? null : scalar(item[2], false);
      if (read === undefined) return null;
      (data[listKey] as Scalar[]).push(read);
      continue;
    }
    // A list that got no items was an empty value after all.
    if (listKey !== null && listIndent === null) data[listKey] = null;
    listKey = null;
    listIndent = null;
    const pair = keyPattern.exec(line);
    if (pair === null) return null;
    const key = pair[1]!;
    if (specialKeys.has(key) || Object.hasOwn(data, key)) return null;
    const text = pair[2]?.trimEnd();
    if (text === undefined || text === '') {
      data[key] = [];
      listKey = key;
      continue;
    }
    const value = inlineValue(text);
    if (value === undefined) return null;
    data[key] = value;
  }
  if (listKey !== null && listIndent === null) data[listKey] = null;
  return Object.keys(data).length === 0 ? null : data;
}
