/**
 * The languages of `wanted` the spellchecker has a dictionary for, in the writer's order. Tags
 * match without regard to case, and a bare language (`de`) takes its first regional dictionary
 * (`de-DE`) when there is no plain one.
 */
export function availableLanguages(wanted: readonly string[], available: readonly string[]): string[] {
  const chosen: string[] = [];
  for (const tag of wanted) {
    const lower = tag.toLowerCase();
    const match =
      available.find((each) => each.toLowerCase() === lower) ??
      available.find((each) => each.toLowerCase().startsWith(`${lower}-`));
    if (match !== undefined && !chosen.includes(match)) chosen.push(match);
  }
  return chosen;
}
