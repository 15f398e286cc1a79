import type { FieldObservation } from './field-schema';
import type { FrontMatterField } from './field-value';
import { observeFields } from './field-observations';
import { readFrontMatterData } from './front-matter-data';
import { locateYamlPairs, type YamlPair } from './yaml-pairs';

/** The open post's front matter as the form shows it. */
export interface FrontMatterModel {
  /** `yaml` (`---`), `toml` (`+++`), `json` (`{`), or null when the post has none. */
  format: 'yaml' | 'toml' | 'json' | null;
  fields: FrontMatterField[];
  /** The parser's first complaint, with its 1-based line in the whole file. */
  error: { message: string; line: number } | null;
  /** Why the form cannot change this front matter; null when it can. */
  readOnlyReason: string | null;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++;
  return line;
}

/** A block value's lines without the indentation they share, as the raw-YAML input shows them. */
function valueSource(raw: string, pair: YamlPair): string {
  if (pair.inline) return raw.slice(pair.valueStart, pair.valueEnd).replace(/\r\n/g, '\n');
  const start = raw.lastIndexOf('\n', pair.valueStart - 1) + 1;
  const lines = raw.slice(start, pair.valueEnd).replace(/\r\n/g, '\n').split('\n');
  const margin = pair.blockIndent ?? 0;
  return lines.map((line) => line.slice(Math.min(margin, /^ */.exec(line)![0].length))).join('\n');
}

function foreignSource(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Line of `key` in TOML or JSON front matter, else the opening fence. */
function foreignLine(text: string, rawStart: number, raw: string, key: string): number {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`^[ \\t]*["']?${escaped}["']?[ \\t]*[=:]`, 'm').exec(raw);
  return lineAt(text, rawStart + (match?.index ?? 0)) - (match ? 0 : 1);
}

function fieldsOf(
  observations: FieldObservation[],
  data: Record<string, unknown>,
  source: (key: string) => [string, number],
) {
  return observations.map((observation): FrontMatterField => {
    const [text, line] = source(observation.key);
    return { key: observation.key, kind: observation.kind, value: data[observation.key], source: text, line };
  });
}

const readOnlyFormats = {
  toml: 'This post’s front matter is TOML (+++). Lanyard shows it here and keeps every byte as written; edit it in the text.',
  json: 'This post’s front matter is JSON. Lanyard shows it here and keeps every byte as written; edit it in the text.',
} as const;

/**
 * Reads a post's front matter for the form: its fields in file order with their values and
 * source, and whether the form may edit them. Never throws; broken front matter comes back
 * read-only with the parser's message.
 */
export function readFrontMatterModel(text: string): FrontMatterModel {
  const { split, data, error } = readFrontMatterData(text);
  const format = split.format;
  const observations = data ? observeFields(data) : [];
  if (format === 'toml' || format === 'json') {
    const fields = fieldsOf(observations, data ?? {}, (key) => [
      foreignSource(data?.[key]),
      foreignLine(text, split.rawStart, split.raw, key),
    ]);
    return { format, fields, error, readOnlyReason: error ? error.message : readOnlyFormats[format] };
  }
  if (error) {
    return {
      format,
      fields: [],
      error,
      readOnlyReason: `The front matter doesn’t parse (line ${error.line}): ${error.message}`,
    };
  }
  if (format === null) return { format, fields: [], error: null, readOnlyReason: null };
  const { pairs, complexKeys } = locateYamlPairs(split.raw);
  const byKey = new Map(pairs.map((pair) => [pair.key, pair]));
  const fields = fieldsOf(observations, data ?? {}, (key) => {
    const pair = byKey.get(key);
    return pair
      ? [valueSource(split.raw, pair), lineAt(text, split.rawStart + pair.lineStart)]
      : [foreignSource(data?.[key]), lineAt(text, split.rawStart)];
  });
  const readOnlyReason = complexKeys ? 'This front matter uses complex keys; edit it in the text.' : null;
  return { format, fields, error: null, readOnlyReason };
}
