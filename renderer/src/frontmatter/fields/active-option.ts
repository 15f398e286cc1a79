/**
 * Where the highlighted option of a listbox goes for a key, or null when the key doesn't move it.
 * `index` is -1 when nothing is highlighted. A one-column list wraps around. In a grid of
 * `columns`, ArrowDown enters it, Left and Right move only once inside (so they still move the
 * caret of the filter box before), the edges stop, and ArrowUp from the top row leaves it (-1).
 */
export function moveActiveOption(index: number, key: string, count: number, columns = 1): number | null {
  if (count === 0) return null;
  const last = count - 1;
  if (columns <= 1) {
    if (key === 'ArrowDown') return index >= last ? 0 : index + 1;
    if (key === 'ArrowUp') return index <= 0 ? last : index - 1;
    return null;
  }
  if (index < 0) return key === 'ArrowDown' ? 0 : null;
  switch (key) {
    case 'ArrowRight':
      return Math.min(index + 1, last);
    case 'ArrowLeft':
      return Math.max(index - 1, 0);
    case 'ArrowDown':
      return Math.min(index + columns, last);
    case 'ArrowUp':
      return index - columns >= 0 ? index - columns : -1;
    default:
      return null;
  }
}
