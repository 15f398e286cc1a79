/** What the palette filters: a command's name and the menu it lives in. */
export interface Filterable {
  title: string;
  category: string;
}

const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** Each query character in order somewhere in `text` ("tgpr" finds "Toggle Preview"). */
function isSubsequence(query: string, text: string): boolean {
  let at = 0;
  for (const char of text) if (char === query[at]) at++;
  return at === query.length;
}

/**
 * How well `query` names the command, higher is better, or null for no match: the title starting
 * with it, then a word of the title starting with it, then the title containing it, then every
 * query word starting a word of the title or menu, then its letters in order in the title.
 */
export function matchScore(item: Filterable, query: string): number | null {
  const wanted = query.trim().toLowerCase();
  if (wanted === '') return 0;
  const title = item.title.toLowerCase();
  if (title.startsWith(wanted)) return 5;
  const titleWords = words(item.title);
  if (titleWords.some((word) => word.startsWith(wanted))) return 4;
  if (title.includes(wanted)) return 3;
  const allWords = [...titleWords, ...words(item.category)];
  if (words(wanted).every((part) => allWords.some((word) => word.startsWith(part)))) return 2;
  if (isSubsequence(wanted.replace(/\s+/g, ''), title)) return 1;
  return null;
}

/** The items matching `query`, best first; equal matches keep their order (the menus'). */
export function filterCommands<T extends Filterable>(items: readonly T[], query: string): T[] {
  return items
    .map((item, index) => ({ item, index, score: matchScore(item, query) }))
    .filter((entry): entry is { item: T; index: number; score: number } => entry.score !== null)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((entry) => entry.item);
}
