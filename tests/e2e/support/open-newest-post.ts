import type { LanyardPage } from '../models/lanyard-page';
import { readDiskPosts, titleLine, type DiskPost } from './sample-site';

/** Longer than Lanyard's ~1 s autosave delay: enough for a silent write to show. */
export const autosaveWindow = 2_000;

/** Opens the site's newest post in the editor and answers it as it is on disk. */
export async function openNewestPost(site: string, lanyard: LanyardPage): Promise<DiskPost> {
  const [post] = await readDiskPosts(site);
  if (!post) throw new Error('the sample blog has no posts');
  await lanyard.openPost(post.title, titleLine(post));
  return post;
}

/** `text` with `line` as a paragraph of its own at the end. */
export function withLine(text: string, line: string): string {
  return `${text.replace(/\s*$/, '')}\n\n${line}\n`;
}
