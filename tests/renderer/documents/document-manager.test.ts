import { undo } from '@codemirror/commands';
import { EditorState } from '@codemirror/state';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { storageCursorMemory } from '../../../renderer/src/documents/cursor-memory';
import { DocumentManager } from '../../../renderer/src/documents/document-manager';
import { postEditorExtensions } from '../../../renderer/src/editor/editor-extensions';
import { FakePostsApi } from './fake-posts-api';
import { HeadlessSurface, setupManager } from './headless-manager';

const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A post edited here (" mine" typed) while the disk changed to "theirs", after the save that found out. */
async function openInConflict() {
  const harness = setupManager();
  harness.api.write('a.md', 'base');
  await harness.manager.open('a.md');
  harness.surface.type(' mine');
  harness.api.write('a.md', 'theirs');
  await harness.manager.saveActive();
  return harness;
}

describe('DocumentManager', () => {
  it('opens a post and autosaves about a second after the last edit', async () => {
    const { api, manager, surface } = setupManager();
    api.write('a.md', 'Hello');
    await manager.open('a.md');
    expect(surface.state.doc.toString()).toBe('Hello');
    surface.type(' world');
    expect(manager.getSnapshot().status).toBe('unsaved');
    await vi.advanceTimersByTimeAsync(900);
    expect(api.saves).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(200);
    expect(api.files.get('a.md')?.text).toBe('Hello world');
    expect(manager.getSnapshot().status).toBe('saved');
  });

  it('keeps one state per post: text, and undo history, survive switching', async () => {
    const { api, manager, surface } = setupManager();
    api.write('a.md', 'A');
    api.write('b.md', 'B');
    await manager.open('a.md');
    surface.type('1');
    await manager.open('b.md');
    await settle();
    expect(api.files.get('a.md')?.text).toBe('A1');
    await manager.open('a.md');
    expect(surface.state.doc.toString()).toBe('A1');
    undo(surface);
    expect(surface.state.doc.toString()).toBe('A');
  });

  it('reloads silently when the file changes on disk and there are no edits', async () => {
    const { api, manager, surface } = setupManager();
    api.write('a.md', 'one\ntwo\n');
    await manager.open('a.md');
    surface.dispatch({ selection: { anchor: 4 } });
    const version = api.write('a.md', 'zero\none\ntwo\n');
    manager.handleChangedOnDisk('a.md', version);
    await settle();
    expect(surface.state.doc.toString()).toBe('zero\none\ntwo\n');
    expect(surface.state.selection.main.head).toBe(9);
    expect(surface.revealed).toEqual([0]);
    expect(manager.getSnapshot()).toMatchObject({ status: 'saved', conflict: null });
  });

  it('raises a conflict instead of overwriting, and autosave waits for the writer', async () => {
    const { api, manager, surface } = setupManager();
    api.write('a.md', 'base');
    await manager.open('a.md');
    surface.type(' mine');
    const version = api.write('a.md', 'theirs');
    manager.handleChangedOnDisk('a.md', version);
    await vi.advanceTimersByTimeAsync(3000);
    expect(api.files.get('a.md')?.text).toBe('theirs');
    expect(manager.getSnapshot()).toMatchObject({ status: 'conflict', conflict: { diskText: 'theirs' } });
  });

  it('"Keep mine" writes the editor text over the disk version the writer saw', async () => {
    const { api, manager } = await openInConflict();
    expect(manager.getSnapshot().status).toBe('conflict');
    await manager.keepMine();
    expect(api.files.get('a.md')?.text).toBe('base mine');
    expect(manager.getSnapshot()).toMatchObject({ status: 'saved', conflict: null });
  });

  it('"Keep mine" does not overwrite an outside edit made after the conflict was shown', async () => {
    const { api, manager } = await openInConflict();
    api.write('a.md', 'theirs, later');
    await manager.keepMine();
    expect(api.files.get('a.md')?.text).toBe('theirs, later');
    expect(manager.getSnapshot()).toMatchObject({ status: 'conflict', conflict: { diskText: 'theirs, later' } });
  });

  it('"Reload theirs" takes the disk text, and one undo brings mine back', async () => {
    const { api, manager, surface } = await openInConflict();
    manager.setComparing(true);
    expect(manager.getSnapshot().comparing).toBe(true);
    manager.reloadTheirs();
    expect(surface.state.doc.toString()).toBe('theirs');
    expect(manager.getSnapshot()).toMatchObject({ status: 'saved', conflict: null, comparing: false });
    await vi.advanceTimersByTimeAsync(2000);
    expect(api.files.get('a.md')?.text).toBe('theirs');
    undo(surface);
    expect(surface.state.doc.toString()).toBe('base mine');
  });

  it('ignores the watcher echo of its own save', async () => {
    const { api, manager, surface } = setupManager();
    api.write('a.md', 'base');
    await manager.open('a.md');
    surface.type('!');
    const saving = manager.saveActive();
    manager.handleChangedOnDisk('a.md', null);
    await saving;
    await settle();
    expect(manager.getSnapshot()).toMatchObject({ status: 'saved', conflict: null });
    expect(surface.state.doc.toString()).toBe('base!');
  });

  it('treats a deleted file with edits as a conflict, and closes it without edits', async () => {
    const { api, manager, surface } = setupManager();
    api.write('a.md', 'base');
    api.write('b.md', 'other');
    await manager.open('a.md');
    surface.type('!');
    api.remove('a.md');
    manager.handleChangedOnDisk('a.md', null);
    await settle();
    expect(manager.getSnapshot().conflict).toEqual({ diskText: null, diskVersion: null });
    await manager.open('b.md');
    api.remove('b.md');
    manager.handleChangedOnDisk('b.md', null);
    await settle();
    expect(manager.getSnapshot().activeId).toBeNull();
  });

  it('stops saving once the site is gone and keeps the text', async () => {
    const { api, manager, surface } = setupManager();
    api.write('a.md', 'base');
    await manager.open('a.md');
    api.vanished = true;
    surface.type(' kept');
    await vi.advanceTimersByTimeAsync(1500);
    expect(manager.getSnapshot().siteGone).toEqual({ root: null });
    const saves = api.saves.length;
    surface.type(' more');
    await vi.advanceTimersByTimeAsync(1500);
    expect(api.saves).toHaveLength(saves);
    expect(manager.activeText()).toBe('base kept more');
  });

  it('flushes every post with edits before closing', async () => {
    const { api, manager, surface } = setupManager();
    api.write('a.md', 'A');
    api.write('b.md', 'B');
    await manager.open('a.md');
    surface.type('1');
    expect(await manager.flushAll()).toBe(true);
    expect(api.files.get('a.md')?.text).toBe('A1');
    surface.type('2');
    api.write('a.md', 'theirs');
    expect(await manager.flushAll()).toBe(false);
  });

  it('reports a failed read and stays on the current post', async () => {
    const { api, manager, errors } = setupManager();
    api.write('a.md', 'A');
    await manager.open('a.md');
    await manager.open('missing.md');
    expect(errors).toHaveLength(1);
    expect(manager.getSnapshot()).toMatchObject({ activeId: 'a.md', loadingId: null });
  });
});

describe('DocumentManager cursor memory', () => {
  it('reopens a post where the cursor was left, in a later session too', async () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => void store.set(key, value),
    } as Storage;
    const open = async () => {
      const api = new FakePostsApi();
      api.write('a.md', 'one\ntwo\nthree');
      api.write('b.md', 'B');
      const hooks = { onUpdate: () => {}, onTopLine: () => {} };
      const manager: DocumentManager = new DocumentManager({
        api,
        createState: (text, readOnly) =>
          EditorState.create({ doc: text, extensions: postEditorExtensions({ readOnly, hooks }) }),
        reportError: () => {},
        cursors: storageCursorMemory(storage, '/site'),
      });
      const surface = new HeadlessSurface(() => manager);
      manager.attach(surface);
      await manager.open('a.md');
      return { manager, surface };
    };
    const first = await open();
    first.surface.dispatch({ selection: { anchor: 5 } });
    await first.manager.open('b.md');
    const second = await open();
    expect(second.surface.state.selection.main.head).toBe(5);
    expect(second.surface.revealed).toEqual([5]);
  });

  it('forgets what storage cannot keep', () => {
    const memory = storageCursorMemory(null, '/site');
    memory.remember('a.md', { anchor: 1, head: 2 });
    expect(memory.recall('a.md')).toBeNull();
  });

  describe('leaving the site', () => {
    it('sends no save once disposed, even with an autosave pending', async () => {
      const { api, manager, surface } = setupManager();
      api.write('a.md', 'Hello');
      await manager.open('a.md');
      surface.type(' world');
      manager.dispose();
      await vi.advanceTimersByTimeAsync(5000);
      expect(api.saves).toHaveLength(0);
      // Nor do later edits, explicit saves or a flush reach the API.
      surface.type('!');
      await manager.saveActive();
      expect(await manager.flushAll()).toBe(false);
      await vi.advanceTimersByTimeAsync(5000);
      expect(api.saves).toHaveLength(0);
      expect(api.files.get('a.md')?.text).toBe('Hello');
    });

    it("disposes itself when another site's site.opened arrives", async () => {
      const { api, manager, surface } = setupManager('/old');
      api.write('a.md', 'Hello');
      await manager.open('a.md');
      surface.type(' world');
      manager.siteOpened('/new');
      await vi.advanceTimersByTimeAsync(5000);
      expect(api.saves).toHaveLength(0);
      expect(manager.isDisposed()).toBe(true);
    });

    it('freezes editing after readyToClose until the same site reopens or the timeout', async () => {
      const { api, manager, surface } = setupManager('/old');
      api.write('a.md', 'Hello');
      await manager.open('a.md');
      manager.freeze(5000);
      expect(surface.state.readOnly).toBe(true);
      manager.siteOpened('/old');
      expect(surface.state.readOnly).toBe(false);
      expect(manager.isDisposed()).toBe(false);
      manager.freeze(5000);
      await vi.advanceTimersByTimeAsync(4900);
      expect(surface.state.readOnly).toBe(true);
      await vi.advanceTimersByTimeAsync(200);
      expect(surface.state.readOnly).toBe(false);
      surface.type('!');
      await vi.advanceTimersByTimeAsync(1100);
      expect(api.files.get('a.md')?.text).toBe('Hello!');
    });

    it('keeps a read-only file read-only when the freeze ends', async () => {
      const { api, manager, surface } = setupManager('/old');
      api.write('a.md', 'Locked', true);
      await manager.open('a.md');
      manager.freeze(5000);
      manager.thaw();
      expect(surface.state.readOnly).toBe(true);
    });
  });
});
