const maxSlugLength = 60;

/** Letters that Unicode decomposition leaves alone but readers expect spelled out in ASCII. */
const letterFolds: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
};
const foldable = new RegExp(`[${Object.keys(letterFolds).join('')}]`, 'g');

/** Cuts at the last hyphen that fits, so words stay whole; one very long word is cut anyway. */
function shorten(slug: string): string {
  if (slug.length <= maxSlugLength) return slug;
  // Looking one past the limit finds a hyphen right after a word that ends exactly at it.
  const lastBreak = slug.slice(0, maxSlugLength + 1).lastIndexOf('-');
  return lastBreak > 0 ? slug.slice(0, lastBreak) : slug.slice(0, maxSlugLength);
}

/**
 * Turns a post title into a file-name slug: lowercase ASCII letters and digits joined by single
 * hyphens, accents folded (`Zürich Straße` → `zurich-strasse`), at most 60 characters cut
 * between words when possible, `untitled` when nothing is left.
 */
export function slugify(title: string): string {
  const folded = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(foldable, (letter) => letterFolds[letter] ?? '');
  const slug = shorten(folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')).replace(/-+$/, '');
  return slug === '' ? 'untitled' : slug;
}
