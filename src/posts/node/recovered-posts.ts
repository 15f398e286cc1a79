import { LanyardError } from '../../api/lanyard-error';
import type { RecoveredDiskState, RecoveredPost } from '../recovered-post';
import { readPost } from './post-file';
import type { RecoveryStore } from './recovery-store';

function withUnixLines(text: string): string {
  return text.replace(/\r\n/g, '\n');
}

async function diskStateOf(root: string, id: string, text: string, baseVersion: string | null) {
  try {
    const disk = await readPost(root, id);
    if (withUnixLines(disk.text) === withUnixLines(text)) return 'saved';
    return disk.version === baseVersion ? 'unchanged' : 'changed';
  } catch (error) {
    if (error instanceof LanyardError && error.code === 'not-found')
      return baseVersion === null ? 'unchanged' : 'deleted';
    // Unreadable now (binary, not UTF-8): the writer must look before anything is written.
    return 'changed';
  }
}

/**
 * The copies worth offering for the site at `root`, newest first, each compared with its file:
 * a copy whose text the file already holds (saved just before the crash) is dropped, and a copy
 * whose post id the site no longer accepts (`accepts` rejects) is skipped but kept.
 */
export async function recoveredPosts(
  store: RecoveryStore,
  root: string,
  accepts: (id: string) => Promise<void>,
): Promise<RecoveredPost[]> {
  const offered: RecoveredPost[] = [];
  for (const copy of await store.list()) {
    const ticket = store.ticket();
    if (
      !(await accepts(copy.id).then(
        () => true,
        () => false,
      ))
    )
      continue;
    const state = await diskStateOf(root, copy.id, copy.text, copy.baseVersion);
    if (state === 'saved') {
      await store.drop(ticket, copy.id);
      continue;
    }
    offered.push({ ...copy, disk: state satisfies RecoveredDiskState });
  }
  return offered;
}
