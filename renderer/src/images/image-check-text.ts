/** Missing images listed by name before the rest are only counted. */
const LISTED = 3;

/** "2 linked images don't exist: /a.jpg, /b.jpg"; past three, "… and 4 more". */
export function missingImagesText(missing: readonly string[]): string {
  const head = missing.length === 1 ? "1 linked image doesn't exist" : `${missing.length} linked images don't exist`;
  const listed = missing.slice(0, LISTED).join(', ');
  const more = missing.length > LISTED ? ` and ${missing.length - LISTED} more` : '';
  return `${head}: ${listed}${more}`;
}

/** "1 photo imported for this post is no longer used", "3 photos … are …". */
export function unusedImagesText(count: number): string {
  return count === 1
    ? '1 photo imported for this post is no longer used'
    : `${count} photos imported for this post are no longer used`;
}

/** The last segment of a site path: `assets/images/b.jpg` → `b.jpg`. */
export function imageFileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
