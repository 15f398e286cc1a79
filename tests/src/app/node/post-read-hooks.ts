import type * as PostFile from '../../../../src/posts/node/post-file';

/**
 * Hooks around every real `readPost`, so a test can change a post on disk at the very moment
 * between Lanyard reading it and saving it back (the editor saving, a co-author's pull).
 */
export const readHooks: {
  before: ((id: string) => Promise<void>) | null;
  after: ((id: string) => Promise<void>) | null;
} = { before: null, after: null };

/** The post-file module with `readPost` running the hooks around the real read; for `vi.mock`. */
export function withReadHooks(actual: typeof PostFile): typeof PostFile {
  return {
    ...actual,
    readPost: async (root: string, id: string) => {
      await readHooks.before?.(id);
      const document = await actual.readPost(root, id);
      await readHooks.after?.(id);
      return document;
    },
  };
}
