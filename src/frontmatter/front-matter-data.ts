import { parse as parseToml, TomlDate, TomlError } from 'smol-toml';
import { isMap, isScalar, parseDocument, visit, type Document } from 'yaml';
import { readSimpleYaml } from './simple-yaml';
import { splitFrontMatter, type FrontMatterSplit } from './split-front-matter';

/** A post's front matter as data, whatever its format. */
export interface FrontMatterData {
  split: FrontMatterSplit;
  /** Top-level keys and values; null when there is no block or it does not parse to a key/value map. */
  data: Record<string, unknown> | null;
  /** The first problem, with its 1-based line in the whole file. */
  error: { message: string; line: number } | null;
}

type Problem = NonNullable<FrontMatterData['error']>;
type Read = Pick<FrontMatterData, 'data' | 'error'>;

const closingFences = { yaml: '---', toml: '+++', json: '}' } as const;
const notAMap = 'The front matter should be a list of "key: value" lines.';

/** 1-based line number of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++;
  return line;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keys written twice in any map: with `uniqueKeys` off the yaml package keeps the last silently. */
function duplicateKeys(doc: Document, lineOf: (offset: number) => number): Problem[] {
  const problems: Problem[] = [];
  visit(doc, {
    Map(_, map) {
      const firstLines = new Map<string, number>();
      for (const { key } of map.items) {
        if (!isScalar(key) || key.range === undefined || key.range === null) continue;
        const name = String(key.value);
        const line = lineOf(key.range[0]);
        const first = firstLines.get(name);
        if (first === undefined) firstLines.set(name, line);
        else {
          const message = `The key "${name}" appears twice (lines ${first} and ${line}); only one of them can be kept.`;
          problems.push({ message, line });
        }
      }
    },
  });
  return problems;
}

function readYaml(raw: string, firstLine: number): Read {
  const simple = readSimpleYaml(raw);
  if (simple !== null) return { data: simple, error: null };
  const doc = parseDocument(raw, { prettyErrors: false, uniqueKeys: false });
  const lineOf = (offset: number) => firstLine + lineAt(raw, offset) - 1;
  const problems = doc.errors.map((error) => ({
    message: error.code === 'TAB_AS_INDENT' ? 'Tabs can’t indent front matter; use spaces instead.' : error.message,
    line: lineOf(error.pos[0]),
  }));
  problems.push(...duplicateKeys(doc, lineOf));
  // Errors first on equal lines: the parser's complaint explains more than a duplicate.
  const error = problems.reduce<Problem | null>(
    (first, next) => (first && first.line <= next.line ? first : next),
    null,
  );
  if (doc.contents === null) return { data: error === null ? {} : null, error };
  // Even a broken document usually parses into a map; what can be read is still given.
  if (!isMap(doc.contents)) return { data: null, error: error ?? { message: notAMap, line: firstLine } };
  // An explicit !!timestamp would become a Date; keep the text as written, as for other dates.
  visit(doc, {
    Scalar(_, node) {
      if (node.value instanceof Date && node.source !== undefined) node.value = node.source;
    },
  });
  return { data: doc.toJS() as Record<string, unknown>, error };
}

const tomlSkipOrDate =
  /"""[\s\S]*?"""|'''[\s\S]*?'''|"(?:[^"\\\n]|\\.)*"|'[^'\n]*'|#[^\n]*|(\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})?)?|\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?)/g;

/** The source text of each date and time literal, by the value smol-toml gives it. */
function writtenTomlDates(raw: string): Map<string, string> {
  const written = new Map<string, string>();
  for (const match of raw.matchAll(tomlSkipOrDate)) {
    const literal = match[1];
    if (literal === undefined) continue;
    const date = new TomlDate(literal);
    if (date.isValid() && !written.has(date.toISOString())) written.set(date.toISOString(), literal);
  }
  return written;
}

function withTomlDatesAsText(value: unknown, written: Map<string, string>): unknown {
  if (value instanceof TomlDate) return written.get(value.toISOString()) ?? value.toISOString();
  if (Array.isArray(value)) return value.map((item) => withTomlDatesAsText(item, written));
  if (isRecord(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withTomlDatesAsText(item, written)]));
  }
  return value;
}

function readToml(raw: string, firstLine: number): Read {
  try {
    return { data: withTomlDatesAsText(parseToml(raw), writtenTomlDates(raw)) as Record<string, unknown>, error: null };
  } catch (error) {
    if (!(error instanceof TomlError)) throw error;
    const reason = error.message.split('\n')[0]!.replace(/^Invalid TOML document: /, '');
    const key = /^\s*\[*\s*([^=[\]]+?)\s*[=\]]/.exec(raw.split('\n')[error.line - 1] ?? '')?.[1];
    const message =
      key !== undefined && reason.includes('redefine')
        ? `The key "${key.replace(/^["']|["']$/g, '')}" is defined twice.`
        : `Not valid TOML: ${reason}.`;
    return { data: null, error: { message, line: firstLine + error.line - 1 } };
  }
}

/** Where JSON.parse gave up: the offset of the first character that cannot continue the object. */
function jsonErrorOffset(json: string): number {
  let at = 0;
  const skipSpace = () => {
    while (/[ \t\n\r]/.test(json[at] ?? '')) at++;
  };
  const eat = (char: string) => {
    if (json[at] !== char) return false;
    at++;
    return true;
  };
  const token = (pattern: RegExp) => {
    pattern.lastIndex = at;
    if (!pattern.test(json)) return false;
    at = pattern.lastIndex;
    return true;
  };
  // Any character from the space up, except the quote and the backslash, or an escape.
  const string = /"(?:[\x20\x21\x23-\x5b\x5d-\u{10ffff}]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/uy;
  const literal = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
  const items = (close: string, item: () => boolean): boolean => {
    skipSpace();
    if (eat(close)) return true;
    do {
      if (!item()) return false;
      skipSpace();
    } while (eat(','));
    return eat(close);
  };
  const member = () => {
    skipSpace();
    if (!token(string)) return false;
    skipSpace();
    return eat(':') && value();
  };
  const value = (): boolean => {
    skipSpace();
    if (eat('{')) return items('}', member);
    if (eat('[')) return items(']', value);
    return token(string) || token(literal);
  };
  if (value()) skipSpace();
  return at;
}

function readJson(raw: string, firstLine: number): Read {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    const offset = jsonErrorOffset(raw);
    // The engine's message names the problem; its position and quoted source would only confuse,
    // and an unexpected token is clearer as the word that starts there.
    const engine = (error as Error).message;
    const reason = engine.startsWith('Unexpected token')
      ? `unexpected ${JSON.stringify(/\S[^\s,:\]}]*/y.exec(raw.slice(offset))?.[0] ?? '')}`
      : engine.replace(/ in JSON at position \d+.*$/s, '');
    const message = `Not valid JSON: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}.`;
    return { data: null, error: { message, line: firstLine + lineAt(raw, offset) - 1 } };
  }
  return isRecord(value) ? { data: value, error: null } : { data: null, error: { message: notAMap, line: firstLine } };
}

const readers = { yaml: readYaml, toml: readToml, json: readJson } as const;

/**
 * Reads a post's front matter into plain data: YAML (1.2 core schema), TOML and JSON, with
 * dates kept as the text the file writes. Never throws: problems come back as `error`.
 */
export function readFrontMatterData(text: string): FrontMatterData {
  const split = splitFrontMatter(text);
  if (split.format === null) return { split, data: null, error: null };
  if (split.unclosed) {
    const message = `The front matter starting on line 1 has no closing ${closingFences[split.format]} line.`;
    return { split, data: null, error: { message, line: 1 } };
  }
  const firstLine = lineAt(text, split.rawStart);
  try {
    return { split, ...readers[split.format](split.raw, firstLine) };
  } catch (error) {
    // Deep nesting or an alias bomb can still make a parser give up.
    const message = `The front matter could not be read: ${(error as Error).message}`;
    return { split, data: null, error: { message, line: firstLine } };
  }
}
