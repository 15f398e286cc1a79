import type { FieldKind, FieldObservation, FieldSpec, ObservedKind, SiteSchema, ValueCount } from './field-schema';
import { mostCommonDateFormat } from './front-matter-date';
import { conventionFields, readableLabel } from './generator-conventions';

/** Everything the schema is inferred from, gathered by the caller. */
export interface SchemaInputs {
  /** The site kind, which picks the generator's conventions. */
  kind: string;
  /** One array per readable post. */
  observations: FieldObservation[][];
  /** Names of the site's layouts (Jekyll `_layouts/`), without extension. */
  layouts: string[];
  /** Fields from a Decap or Front Matter CMS config, with its site-relative path. */
  cms: { path: string; fields: FieldSpec[] } | null;
  timezone: string | null;
  /** Dates as the posts write them. */
  dateSamples: string[];
}

/** Keys whose values are a vocabulary the writer picks from, even a value used only once. */
const vocabularyKeys = new Set(['tags', 'categories', 'category', 'keywords', 'layout']);
/** Keys Jekyll splits into a list when written as one string. */
const jekyllListKeys = new Set(['tags', 'categories', 'keywords']);
/** Shown before other keys the posts use, whatever their frequency. */
const leadingKeys = ['title', 'date'];
/** A site with thousands of one-off tags still sends a form-sized list. */
const maxSuggestions = 200;

/** What the posts say about one key. */
interface KeyUsage {
  posts: number;
  kinds: Map<ObservedKind, number>;
  /** Posts using each value. */
  values: Map<string, number>;
}

function increment<K>(counts: Map<K, number>, key: K): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** Jekyll reads `tags: a b` as two tags; a comma-separated string is taken as the writer meant it. */
function splitListString(value: string): string[] {
  return value.split(value.includes(',') ? ',' : /\s+/).map((item) => item.trim());
}

function collectUsage(inputs: SchemaInputs): Map<string, KeyUsage> {
  const usage = new Map<string, KeyUsage>();
  for (const post of inputs.observations) {
    const seen = new Set<string>();
    for (const observation of post) {
      if (seen.has(observation.key)) continue;
      seen.add(observation.key);
      let entry = usage.get(observation.key);
      if (entry === undefined) {
        entry = { posts: 0, kinds: new Map(), values: new Map() };
        usage.set(observation.key, entry);
      }
      entry.posts++;
      const splits = inputs.kind === 'jekyll' && jekyllListKeys.has(observation.key) && observation.kind === 'string';
      increment(entry.kinds, splits ? 'list' : observation.kind);
      const values = splits ? observation.values.flatMap(splitListString) : observation.values;
      for (const value of new Set(values.map((item) => item.trim()))) {
        if (value !== '') increment(entry.values, value);
      }
    }
  }
  return usage;
}

/**
 * The kind most posts give a key. Dates with and without a time count together and make a
 * `datetime` when any has a time; short and long strings count together and make `text` when any
 * is long, since the larger input holds both. A key only ever written empty is a `string`.
 */
function observedKind(kinds: Map<ObservedKind, number>): FieldKind {
  const grouped = new Map<FieldKind, number>();
  const has = (kind: ObservedKind) => kinds.has(kind);
  for (const [kind, count] of kinds) {
    if (kind === 'null') continue;
    const group = kind === 'date' && has('datetime') ? 'datetime' : kind === 'string' && has('text') ? 'text' : kind;
    grouped.set(group, (grouped.get(group) ?? 0) + count);
  }
  let best: FieldKind = 'string';
  let bestCount = 0;
  for (const [kind, count] of grouped) {
    if (count > bestCount) [best, bestCount] = [kind, count];
  }
  return best;
}

/**
 * The values to offer for a key, most used first, ties alphabetical. Lists, selects and the
 * vocabulary keys (tags, categories, keywords, layout) offer every value, even one used once.
 * A plain string offers values only when they repeat — on average each value is used by at
 * least two posts, as an `author` or `location` is — so free text such as titles, permalinks
 * or descriptions, where nearly every post has its own, offers nothing. Other kinds offer nothing.
 */
function suggestionsFor(key: string, kind: FieldKind, usage: KeyUsage | undefined): ValueCount[] {
  if (usage === undefined || usage.values.size === 0) return [];
  const everyValue = kind === 'list' || kind === 'select' || vocabularyKeys.has(key);
  if (!everyValue) {
    const uses = [...usage.values.values()].reduce((sum, count) => sum + count, 0);
    if (kind !== 'string' || usage.values.size * 2 > uses) return [];
  }
  return [...usage.values]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
    .slice(0, maxSuggestions);
}

/** A convention only sharpens a plain string (into text, an image or a select); other observed kinds stand. */
function keptKind(observed: FieldKind, convention: FieldKind | undefined): FieldKind {
  const sharpens = convention === 'text' || convention === 'image' || convention === 'select';
  return observed === 'string' && sharpens ? convention : observed;
}

function observedField(key: string, usage: KeyUsage, convention: FieldSpec | undefined): FieldSpec {
  return {
    key,
    label: convention?.label ?? readableLabel(key),
    kind: keptKind(observedKind(usage.kinds), convention?.kind),
    required: convention?.required ?? false,
    options: [],
    multiple: false,
    suggestions: [],
    hint: convention?.hint ?? null,
    defaultValue: null,
    frequency: 0,
    source: 'posts',
  };
}

/** Most used first, title and date leading, ties by key. */
function observedOrder(usage: Map<string, KeyUsage>): string[] {
  const lead = (key: string) => (leadingKeys.includes(key) ? leadingKeys.indexOf(key) : leadingKeys.length);
  return [...usage.keys()].sort(
    (a, b) =>
      lead(a) - lead(b) || (usage.get(b)?.posts ?? 0) - (usage.get(a)?.posts ?? 0) || (a < b ? -1 : a > b ? 1 : 0),
  );
}

/** Jekyll's `layout` picks from the site's `_layouts/` and the layouts posts already use. */
function asLayoutSelect(field: FieldSpec, layouts: string[]): FieldSpec {
  const options = [...new Set([...layouts, ...field.suggestions.map((suggestion) => suggestion.value)])].sort();
  // Without any layout name to offer, a select would leave nothing to pick.
  return options.length === 0 ? { ...field, kind: 'string' } : { ...field, kind: 'select', options, multiple: false };
}

/**
 * The site's front matter schema: the CMS's fields as the CMS defines them, then every key the
 * posts use, then the generator's conventional keys no post uses yet. Posts add how often each
 * key is used and the values they use; conventions add labels, hints and `required` to the keys
 * the posts use without overriding what the posts show.
 */
export function inferSiteSchema(inputs: SchemaInputs): SiteSchema {
  const usage = collectUsage(inputs);
  const postCount = inputs.observations.length;
  const conventions = new Map(conventionFields(inputs.kind).map((field) => [field.key, field]));
  const fields = new Map<string, FieldSpec>();
  for (const field of inputs.cms?.fields ?? []) {
    if (!fields.has(field.key)) fields.set(field.key, { ...field });
  }
  for (const key of observedOrder(usage)) {
    const keyUsage = usage.get(key);
    if (keyUsage !== undefined && !fields.has(key)) fields.set(key, observedField(key, keyUsage, conventions.get(key)));
  }
  for (const [key, convention] of conventions) {
    if (!fields.has(key)) fields.set(key, convention);
  }
  const completed = [...fields.values()].map((field) => {
    const keyUsage = usage.get(field.key);
    const frequency = keyUsage === undefined || postCount === 0 ? 0 : keyUsage.posts / postCount;
    const done = { ...field, frequency, suggestions: suggestionsFor(field.key, field.kind, keyUsage) };
    const isLayout = inputs.kind === 'jekyll' && field.key === 'layout' && field.source !== 'cms';
    return isLayout ? asLayoutSelect(done, inputs.layouts) : done;
  });
  return {
    fields: completed,
    timezone: inputs.timezone,
    dateFormat: mostCommonDateFormat(inputs.dateSamples),
    postCount,
    cmsConfig: inputs.cms?.path ?? null,
  };
}
