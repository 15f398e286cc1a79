/**
 * Errors `fs.link` gives where a file system has no hard links (FAT and exFAT report EPERM or,
 * on Windows, EISDIR; network shares ENOTSUP or ENOSYS; another device EXDEV; a full link
 * count EMLINK). Callers then fall back to an exclusive create or a checked rename.
 */
export const noHardLinkCodes: ReadonlySet<string> = new Set([
  'EPERM',
  'ENOTSUP',
  'EOPNOTSUPP',
  'EXDEV',
  'ENOSYS',
  'EMLINK',
  'EISDIR',
]);
