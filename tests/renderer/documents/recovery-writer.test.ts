import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RecoveredPost } from '../../../src/posts/recovered-post';
import { restoreRecovered } from '../../../renderer/src/documents/recovery-restore';
import { RecoveryWriter } from '../../../renderer/src/documents/recovery-writer';
import { setupManager } from './headless-manager';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** The recovery store as the main process keeps it: one copy per post, and every call made. */
function recoveryStore() {
  const copies = new Map<string, { text: string; baseVersion: string | null }>();
  const calls: string[] = [];
  return {
    copies,
    calls,
    posts: {
      recoverKeep: ({ id, text, baseVersion }: { id: string; text: string; baseVersion: string | null }) => {
        calls.push(`keep ${id}`);
        copies.set(id, { text, baseVersion });
        return Promise.resolve();
      },
      recoverDrop: ({ id }: { id: string }) => {
        calls.push(`drop ${id}`);
        copies.delete(id);
        return Promise.resolve();
      },
    },
  };
}

function setup() {
  const harness = setupManager();
  const store = recoveryStore();
  const writer = new RecoveryWriter(harness.manager, store, (error) => harness.errors.push(error), 400);
  return { ...harness, store, writer };
}

describe('RecoveryWriter', () => {
  it('copies unsaved text at most every 400 ms while the writer types, never on each key', async () => {
    const { api, manager, surface, store, writer } = setup();
    const version = api.write('a.md', 'Start');
    await manager.open('a.md');

    // A key every 100 ms keeps autosave (a second after the last key) from firing.
    for (let key = 0; key < 20; key++) {
      surface.type('x');
      await vi.advanceTimersByTimeAsync(100);
      const copied = store.copies.get('a.md')?.text ?? 'Start';
      // What a crash now would lose: at most the keys of the last 400 ms (and the copy on its way).
      expect(surface.state.doc.length - copied.length, `after key ${key + 1}`).toBeLessThanOrEqual(5);
    }
    expect(api.saves).toEqual([]);
    expect(store.calls.length).toBeLessThanOrEqual(6);
    expect(store.copies.get('a.md')).toEqual({ text: surface.state.doc.toString(), baseVersion: version });
    writer.stop();
  });

  it('drops the copy once autosave wrote the post', async () => {
    const { api, manager, surface, store, writer } = setup();
    api.write('a.md', 'Start');
    await manager.open('a.md');
    surface.type(' typed');
    await vi.advanceTimersByTimeAsync(500);
    expect(store.copies.has('a.md')).toBe(true);

    await vi.advanceTimersByTimeAsync(1_500);
    expect(api.files.get('a.md')?.text).toBe('Start typed');
    expect(store.copies.has('a.md')).toBe(false);
    writer.stop();
  });

  it('drops the copy when the writer lets the edits go for the disk’s version', async () => {
    const { api, manager, surface, store, writer } = setup();
    api.write('a.md', 'base');
    await manager.open('a.md');
    surface.type(' mine');
    api.write('a.md', 'theirs');
    await manager.saveActive();
    await vi.advanceTimersByTimeAsync(500);
    expect(store.copies.get('a.md')?.text).toBe('base mine');

    manager.reloadTheirs();
    await vi.advanceTimersByTimeAsync(500);
    expect(store.copies.has('a.md')).toBe(false);
    writer.stop();
  });

  it('stops copying once stopped', async () => {
    const { api, manager, surface, store, writer } = setup();
    api.write('a.md', 'Start');
    await manager.open('a.md');
    writer.stop();
    surface.type(' typed');
    await vi.advanceTimersByTimeAsync(500);
    expect(store.calls).toEqual([]);
  });
});

describe('restoreRecovered', () => {
  function recovered(text: string, baseVersion: string | null, disk: RecoveredPost['disk']): RecoveredPost {
    return { id: 'a.md', text, baseVersion, savedAt: 0, disk };
  }

  it('puts the text back as unsaved edits that autosave writes when the file is the one it was typed on', async () => {
    const { api, manager, surface } = setupManager();
    const version = api.write('a.md', 'Start');
    await restoreRecovered(manager, api, recovered('Start, and what the crash took', version, 'unchanged'));

    expect(surface.state.doc.toString()).toBe('Start, and what the crash took');
    expect(manager.getSnapshot().status).toBe('unsaved');
    await vi.advanceTimersByTimeAsync(1_500);
    expect(api.files.get('a.md')?.text).toBe('Start, and what the crash took');
  });

  it('shows a conflict, and writes nothing, when the file moved on since the text was typed', async () => {
    const { api, manager, surface } = setupManager();
    const version = api.write('a.md', 'Start');
    api.write('a.md', 'Start, then theirs');
    await restoreRecovered(manager, api, recovered('Start, and mine', version, 'changed'));
    await vi.advanceTimersByTimeAsync(2_000);

    expect(surface.state.doc.toString()).toBe('Start, and mine');
    expect(manager.getSnapshot().conflict).toEqual({ diskText: 'Start, then theirs', diskVersion: 'v2' });
    expect(api.files.get('a.md')?.text).toBe('Start, then theirs');
  });

  it('writes a post whose file was deleted since anew', async () => {
    const { api, manager, surface } = setupManager();
    await restoreRecovered(manager, api, recovered('Only in the copy', 'v9', 'deleted'));

    expect(api.files.get('a.md')?.text).toBe('Only in the copy');
    expect(surface.state.doc.toString()).toBe('Only in the copy');
    expect(manager.getSnapshot().status).toBe('saved');
  });
});
