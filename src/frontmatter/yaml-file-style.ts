import type { YamlPair } from './yaml-pairs';

/** How this file writes YAML, so a value the form adds or rewrites looks like its neighbours. */
export interface YamlFileStyle {
  eol: '\n' | '\r\n';
  /** Spaces before `- ` in a block list under a top-level key. */
  listIndent: number;
  /** Spaces per level in nested maps and block scalars. */
  indentUnit: number;
  /** How a list is written when the field had none before. */
  listStyle: 'flow' | 'block';
  /** Whether flow lists pad their brackets: `[ a, b ]`. */
  flowPadding: boolean;
  /** The quote used when a string must be quoted. */
  preferredQuote: 'single' | 'double';
}

function mostCommon<T>(values: T[], fallback: T): T {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best = fallback;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount) [best, bestCount] = [value, count];
  }
  return best;
}

/** Reads the file's habits from its pairs; a file without evidence gets common Jekyll defaults. */
export function detectYamlFileStyle(raw: string, pairs: YamlPair[]): YamlFileStyle {
  const blockLists = pairs.filter((pair) => pair.listStyle === 'block');
  const flowLists = pairs.filter((pair) => pair.listStyle === 'flow');
  const nested = pairs.filter((pair) => pair.listStyle === null && pair.blockIndent !== null && pair.blockIndent > 0);
  const quoted = pairs.filter((pair) => pair.style === 'single' || pair.style === 'double');
  const firstFlow = flowLists[0];
  return {
    eol: raw.includes('\r\n') ? '\r\n' : '\n',
    listIndent: mostCommon(
      blockLists.map((pair) => pair.blockIndent ?? 0),
      2,
    ),
    indentUnit: mostCommon(
      nested.map((pair) => pair.blockIndent ?? 2),
      2,
    ),
    listStyle: blockLists.length > flowLists.length ? 'block' : 'flow',
    flowPadding: firstFlow !== undefined && raw[firstFlow.valueStart + 1] === ' ',
    preferredQuote: mostCommon(
      quoted.map((pair) => (pair.style === 'single' ? 'single' : 'double')),
      'double',
    ),
  };
}
