import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../../fs/node/atomic-write';

/** One post's unsaved text as the store keeps it. */
export interface RecoveryCopy {
  id: string;
  text: string;
  baseVersion: string | null;
  savedAt: number;
}

const copyFormat = 1;

function hashOf(text: string, length: number): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

function isCopy(value: unknown): value is RecoveryCopy & { format: number } {
  const copy = value as Partial<RecoveryCopy & { format: number }> | null;
  return (
    typeof copy === 'object' &&
    copy !== null &&
    copy.format === copyFormat &&
    typeof copy.id === 'string' &&
    typeof copy.text === 'string' &&
    (copy.baseVersion === null || typeof copy.baseVersion === 'string') &&
    typeof copy.savedAt === 'number'
  );
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';
}

/**
 * Hot exit: the unsaved text of each post of one site, one file per post under
 * `<userData>/recovery/<site hash>/`, written atomically so a crash mid-write leaves the previous
 * copy. Every call takes a ticket first (synchronously, in the order calls arrive); a write or
 * removal is skipped when a later ticket for the same post was already applied, so a slow call
 * never puts back text that a newer one replaced, and a save drops only copies older than itself.
 */
export class RecoveryStore {
  readonly folder: string;
  private tickets = 0;
  private readonly newest = new Map<string, number>();
  private readonly queues = new Map<string, Promise<void>>();

  constructor(userDataDir: string, siteRoot: string) {
    this.folder = path.join(userDataDir, 'recovery', hashOf(path.resolve(siteRoot), 16));
  }

  /** Orders the calls: take one as each call arrives, before any await. */
  ticket(): number {
    return ++this.tickets;
  }

  /** Keeps `copy`, replacing the post's earlier one, unless a later call already ran. */
  keep(ticket: number, copy: RecoveryCopy): Promise<void> {
    return this.inTurn(copy.id, ticket, async () => {
      await fs.mkdir(this.folder, { recursive: true });
      await writeFileAtomic(this.fileOf(copy.id), JSON.stringify({ format: copyFormat, ...copy }));
    });
  }

  /**
   * Removes the post's copy (it was saved, or its edits were let go) unless a later call already
   * ran: text kept while a save was on its way is newer than what the save wrote, and stays.
   */
  drop(ticket: number, id: string): Promise<void> {
    return this.inTurn(id, ticket, () => fs.rm(this.fileOf(id), { force: true }));
  }

  /** Every copy on disk; files that are not copies (a foreign file, a damaged one) are skipped, never removed. */
  async list(): Promise<RecoveryCopy[]> {
    let names: string[];
    try {
      names = await fs.readdir(this.folder);
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
    const copies: RecoveryCopy[] = [];
    for (const name of names.filter((entry) => /^[0-9a-f]{40}\.json$/.test(entry)).sort()) {
      const parsed = await fs
        .readFile(path.join(this.folder, name), 'utf8')
        .then((text) => JSON.parse(text) as unknown)
        .catch(() => null);
      if (!isCopy(parsed) || name !== `${hashOf(parsed.id, 40)}.json`) continue;
      const { id, text, baseVersion, savedAt } = parsed;
      copies.push({ id, text, baseVersion, savedAt });
    }
    return copies.sort((a, b) => b.savedAt - a.savedAt);
  }

  /** Resolves once every call already made for every post has run. */
  async settled(): Promise<void> {
    await Promise.all(this.queues.values());
  }

  private fileOf(id: string): string {
    return path.join(this.folder, `${hashOf(id, 40)}.json`);
  }

  private inTurn(id: string, ticket: number, work: () => Promise<void>): Promise<void> {
    const previous = this.queues.get(id) ?? Promise.resolve();
    const run = previous.then(() => {
      if (ticket <= (this.newest.get(id) ?? 0)) return;
      this.newest.set(id, ticket);
      return work();
    });
    const tail = run.catch(() => undefined);
    this.queues.set(id, tail);
    void tail.then(() => {
      if (this.queues.get(id) === tail) this.queues.delete(id);
    });
    return run;
  }
}
