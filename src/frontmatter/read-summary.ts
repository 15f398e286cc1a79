import { isMap, isScalar, isSeq, parseDocument, type Document, type YAMLMap } from 'yaml';
import { splitFrontMatter } from './split-front-matter';

/** What the post list shows about one post, read from its text alone. */
export interface FrontMatterSummary {
  title: string;
  /** The date as written in the front matter, else the `YYYY-MM-DD` file-name prefix, else null. */
  date: string | null;
  tags: string[];
  /** `draft: true` or `published: false`; a draft folder is the caller's business. */
  draft: boolean;
  /** Why the front matter could not be read, with its 1-based line in the file. */
  error: { message: string; line: number } | null;
}

/** The fields the summary needs, whatever the front matter's format. */
interface Fields {
  title: string | null;
  date: string | null;
  tags: string[];
  draft: boolean;
}

const noFields: Fields = { title: null, date: null, tags: [], draft: false };
const datePrefix = /^(\d{4}-\d{2}-\d{2})(?:-|$)/;

/** 1-based line number of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++;
  return line;
}

function nonEmpty(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function tagsFrom(value: unknown): string[] {
  // Jekyll accepts both a YAML list and one space-separated string.
  const raw = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/\s+/) : [value];
  return raw
    .filter((tag): tag is string | number => typeof tag === 'string' || typeof tag === 'number')
    .map((tag) => String(tag).trim())
    .filter((tag) => tag !== '');
}

/** A scalar's text as the file writes it: a YAML 1.1 timestamp would otherwise become a Date. */
function scalarText(map: YAMLMap, key: string): string | null {
  const node = map.get(key, true);
  if (!isScalar(node)) return null;
  if (typeof node.value === 'string') return node.value;
  if (node.source !== undefined && node.value !== null) return node.source;
  const value = node.value;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : null;
}

function yamlFields(map: YAMLMap): Fields {
  const tagsNode = map.get('tags', true);
  const tags = isSeq(tagsNode) ? (tagsNode.toJSON() as unknown[]) : isScalar(tagsNode) ? tagsNode.value : null;
  return {
    title: nonEmpty(scalarText(map, 'title')),
    date: nonEmpty(scalarText(map, 'date')),
    tags: tagsFrom(tags),
    draft: map.get('draft') === true || map.get('published') === false,
  };
}

function readYaml(raw: string, lineOffset: number): { fields: Fields; error: FrontMatterSummary['error'] } {
  const doc: Document = parseDocument(raw, { prettyErrors: false, uniqueKeys: false });
  const first = doc.errors[0];
  const error = first ? { message: first.message, line: lineOffset + lineAt(raw, first.pos[0]) - 1 } : null;
  // Even a broken document usually parses into a map; what can be read is still shown.
  if (isMap(doc.contents)) return { fields: yamlFields(doc.contents), error };
  if (error !== null || doc.contents === null) return { fields: noFields, error };
  return {
    fields: noFields,
    error: { message: 'The front matter should be a list of "key: value" lines.', line: lineOffset },
  };
}

const tomlEscapes: Record<string, string> = { n: '\n', t: '\t' };

/** A TOML basic or literal string, a bare word, or a list of those; enough for the four fields. */
function tomlValue(source: string): unknown {
  const value = source.trim();
  if (value === 'true' || value === 'false') return value === 'true';
  if (value.startsWith('[')) {
    const items = value.slice(1, value.lastIndexOf(']')).match(/"(?:[^"\\]|\\.)*"|'[^']*'|[^,\s]+/g) ?? [];
    return items.map((item) => tomlValue(item));
  }
  if (value.startsWith('"')) {
    const match = /^"((?:[^"\\]|\\.)*)"/.exec(value);
    return match ? match[1]!.replace(/\\(["\\nt])/g, (_, c: string) => tomlEscapes[c] ?? c) : value;
  }
  if (value.startsWith("'")) return /^'([^']*)'/.exec(value)?.[1] ?? value;
  // Bare dates and numbers stay as written, comments cut off.
  return value.replace(/\s+#.*$/, '');
}

/**
 * Hugo-style `+++` front matter, read with a deliberately tiny parser: top-level
 * `key = "value"`, `key = [..]` and `key = true` lines only, up to the first table. Full TOML
 * comes with Hugo support; until then anything fancier is simply not read.
 */
function tomlFields(raw: string): Fields {
  const values = new Map<string, unknown>();
  for (const line of raw.split('\n')) {
    if (/^\s*\[/.test(line)) break;
    const match = /^\s*([A-Za-z0-9_-]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (match) values.set(match[1]!.toLowerCase(), tomlValue(match[2]!));
  }
  const text = (key: string) => {
    const value = values.get(key);
    return typeof value === 'string' ? nonEmpty(value) : null;
  };
  return {
    title: text('title'),
    date: text('date'),
    tags: tagsFrom(values.get('tags')),
    draft: values.get('draft') === true || values.get('published') === false,
  };
}

/** The text of the first `# heading`, outside code fences. */
function firstHeading(body: string): string | null {
  let fence: string | null = null;
  for (const line of body.split('\n')) {
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fenceMatch) {
      if (fence === null) fence = fenceMatch[1]!;
      else if (fenceMatch[1]!.startsWith(fence[0]!) && fenceMatch[1]!.length >= fence.length) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const heading = /^ {0,3}#[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*\r?$/.exec(line);
    if (heading) return nonEmpty(heading[1]);
  }
  return null;
}

function nameWithoutDateAndExtension(fileName: string): string {
  const base = fileName.slice(fileName.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  const stem = dot > 0 ? base.slice(0, dot) : base;
  return stem.replace(datePrefix, '') || stem;
}

/**
 * Reads what the post list needs from a post's text: title, date, tags and draft state, and
 * the first front matter error, if any. Never throws: a broken post still gets a row.
 * `fileName` supplies the fallbacks (its `YYYY-MM-DD-` prefix and its name).
 */
export function readFrontMatterSummary(text: string, fileName: string): FrontMatterSummary {
  const split = splitFrontMatter(text);
  let fields = noFields;
  let error: FrontMatterSummary['error'] = null;
  if (split.unclosed) {
    const fence = split.format === 'toml' ? '+++' : '---';
    error = { message: `The front matter starting on line 1 has no closing ${fence} line.`, line: 1 };
  } else if (split.format === 'yaml') {
    ({ fields, error } = readYaml(split.raw, lineAt(text, split.rawStart)));
  } else if (split.format === 'toml') {
    fields = tomlFields(split.raw);
  }
  const base = fileName.slice(fileName.lastIndexOf('/') + 1);
  return {
    title: fields.title ?? firstHeading(text.slice(split.bodyStart)) ?? nameWithoutDateAndExtension(base),
    date: fields.date ?? datePrefix.exec(base)?.[1] ?? null,
    tags: fields.tags,
    draft: fields.draft,
    error,
  };
}
