/** One changed file of the working tree, as git status reports it. */
export interface ChangedFile {
  /** repository-relative */
  path: string;
  /** The path before a rename; null otherwise. */
  originalPath: string | null;
  kind: 'modified' | 'added' | 'deleted' | 'renamed' | 'untracked' | 'conflicted' | 'type-changed';
}

/** The working tree's changes as the publish panel lists them. */
export interface ChangeGroups {
  thisPost: ChangedFile[];
  images: ChangedFile[];
  other: ChangedFile[];
}

function byPath(a: ChangedFile, b: ChangedFile): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/**
 * Sorts the working tree's changes into the post's own file(s), the images it links, and
 * everything else, each group sorted by path. `postPaths` and `imagePaths` are
 * repository-relative; image paths match case-insensitively. A rename belongs to a group when
 * either its original or its new path does, the post first.
 */
export function groupChanges(changes: ChangedFile[], postPaths: string[], imagePaths: string[]): ChangeGroups {
  const posts = new Set(postPaths);
  const images = new Set(imagePaths.map((image) => image.toLowerCase()));
  const paths = (file: ChangedFile) => (file.originalPath === null ? [file.path] : [file.path, file.originalPath]);
  const groups: ChangeGroups = { thisPost: [], images: [], other: [] };
  for (const file of changes) {
    if (paths(file).some((path) => posts.has(path))) groups.thisPost.push(file);
    else if (paths(file).some((path) => images.has(path.toLowerCase()))) groups.images.push(file);
    else groups.other.push(file);
  }
  return {
    thisPost: groups.thisPost.sort(byPath),
    images: groups.images.sort(byPath),
    other: groups.other.sort(byPath),
  };
}
