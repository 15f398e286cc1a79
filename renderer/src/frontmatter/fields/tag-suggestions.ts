import type { ValueCount } from '../../../../src/frontmatter/field-schema';
import { foldForSearch } from '../../lib/post-filter';

/** Where a tag input's choices come from. */
export interface TagSource {
  /** Values the site's posts use, with how many posts use each. */
  suggestions: readonly ValueCount[];
  /** Fixed choices from the schema. */
  options: readonly string[];
  /** Whether only `options` may be added (a multiple select). */
  limitToOptions: boolean;
}

/** Every value the input may offer, each once, with its use count (0 for an option no post uses). */
function candidates(source: TagSource): ValueCount[] {
  const counts = new Map<string, number>();
  for (const { value, count } of source.suggestions) {
    if (!counts.has(value)) counts.set(value, count);
  }
  if (source.limitToOptions) return source.options.map((value) => ({ value, count: counts.get(value) ?? 0 }));
  for (const value of source.options) {
    if (!counts.has(value)) counts.set(value, 0);
  }
  return [...counts].map(([value, count]) => ({ value, count }));
}

function startsAWord(folded: string, query: string): boolean {
  return folded.startsWith(query) || folded.split(/[\s\-_/.]+/).some((word) => word.startsWith(query));
}

/**
 * What the autocomplete lists for the typed text: values not chosen yet that contain it (case
 * and accents ignored), those with a word starting with it first, then most used first.
 */
export function tagSuggestions(source: TagSource, chosen: readonly string[], typed: string, limit = 50): ValueCount[] {
  const query = foldForSearch(typed.trim());
  const taken = new Set(chosen);
  const ranked = candidates(source)
    .filter(({ value }) => !taken.has(value))
    .map((candidate, order) => {
      const folded = foldForSearch(candidate.value);
      const rank = query === '' ? 0 : startsAWord(folded, query) ? 0 : folded.includes(query) ? 1 : -1;
      return { candidate, order, rank };
    })
    .filter(({ rank }) => rank >= 0);
  ranked.sort((a, b) => a.rank - b.rank || b.candidate.count - a.candidate.count || a.order - b.order);
  return ranked.slice(0, limit).map(({ candidate }) => candidate);
}

/** Typed text cut at commas: the finished values before the last comma, and what is still being typed. */
export function splitTagInput(text: string): { complete: string[]; rest: string } {
  const parts = text.split(',');
  const rest = parts.pop() ?? '';
  return {
    complete: parts.map((part) => part.trim()).filter(Boolean),
    rest: parts.length > 0 ? rest.trimStart() : rest,
  };
}

/** The outcome of adding typed values to a tag list. */
export interface AddedTags {
  items: string[];
  /** Values refused because the field only takes its options. */
  rejected: string[];
}

/**
 * Adds values to the chosen ones. A value that matches a known one but for case and accents
 * takes the site's spelling, so `elixir` doesn't become a second tag beside `Elixir`; values
 * already chosen are not added twice.
 */
export function addTags(chosen: readonly string[], values: readonly string[], source: TagSource): AddedTags {
  const knownValues = candidates(source).map(({ value }) => value);
  const exact = new Set(knownValues);
  const known = new Map<string, string>();
  for (const value of knownValues) {
    const folded = foldForSearch(value);
    if (!known.has(folded)) known.set(folded, value);
  }
  const items = [...chosen];
  const rejected: string[] = [];
  for (const raw of values) {
    const value = raw.trim();
    if (value === '') continue;
    const canonical = exact.has(value) ? value : known.get(foldForSearch(value));
    if (source.limitToOptions && canonical === undefined) {
      rejected.push(value);
      continue;
    }
    const item = canonical ?? value;
    if (!items.includes(item)) items.push(item);
  }
  return { items, rejected };
}
