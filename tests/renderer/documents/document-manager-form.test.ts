import { undo } from '@codemirror/commands';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setupManager } from './headless-manager';

const text = '---\ntitle: A\n---\nBody\n';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('edits from the front matter form', () => {
  it('change the text in place, autosave, and typing in one field undoes as one step', async () => {
    const { api, manager, surface } = setupManager();
    api.write('a.md', text);
    await manager.open('a.md');
    expect(manager.editActive({ from: 11, to: 12, insert: 'AB' }, true)).toBe(true);
    expect(manager.editActive({ from: 13, to: 13, insert: 'C' }, true)).toBe(true);
    expect(surface.state.doc.toString()).toBe('---\ntitle: ABC\n---\nBody\n');
    undo(surface);
    expect(surface.state.doc.toString()).toBe(text);
    manager.editActive({ from: 11, to: 12, insert: 'Z' }, false);
    await vi.advanceTimersByTimeAsync(1500);
    expect(api.files.get('a.md')?.text).toBe('---\ntitle: Z\n---\nBody\n');
  });

  it('are refused for a read-only post', async () => {
    const { api, manager, surface } = setupManager();
    api.write('a.md', text, true);
    await manager.open('a.md');
    expect(manager.editActive({ from: 11, to: 12, insert: 'B' }, false)).toBe(false);
    expect(surface.state.doc.toString()).toBe(text);
  });
});

describe('renameActive', () => {
  it('saves first, then carries the same buffer on under the new id', async () => {
    const { api, manager, surface } = setupManager();
    api.write('_posts/2026-01-01-a.md', text);
    await manager.open('_posts/2026-01-01-a.md');
    manager.editActive({ from: 11, to: 12, insert: 'B' }, false);
    const renamed = await manager.renameActive((id) => {
      // The save happened before the move, and the file moves with the same bytes.
      const file = api.files.get(id)!;
      expect(file.text).toBe('---\ntitle: B\n---\nBody\n');
      api.files.set('_posts/2026-01-01-b.md', file);
      api.remove(id);
      manager.handleChangedOnDisk(id, null);
      return Promise.resolve('_posts/2026-01-01-b.md');
    });
    expect(renamed).toBe('_posts/2026-01-01-b.md');
    expect(manager.getSnapshot()).toMatchObject({ activeId: '_posts/2026-01-01-b.md', conflict: null });
    expect(manager.liveDoc.get()?.id).toBe('_posts/2026-01-01-b.md');

    surface.dispatch({ changes: { from: surface.state.doc.length, insert: 'More\n' } });
    await manager.saveActive();
    expect(api.files.get('_posts/2026-01-01-b.md')?.text).toBe('---\ntitle: B\n---\nBody\nMore\n');
    expect(api.files.has('_posts/2026-01-01-a.md')).toBe(false);
    expect(manager.getSnapshot().conflict).toBeNull();
  });

  it('reports a refused rename and keeps the post where it was', async () => {
    const { api, manager, errors } = setupManager();
    api.write('a.md', text);
    await manager.open('a.md');
    expect(await manager.renameActive(() => Promise.reject(new Error('taken')))).toBeNull();
    expect(errors).toHaveLength(1);
    expect(manager.getSnapshot().activeId).toBe('a.md');
  });
});

describe('applyToPost', () => {
  it('changes a post that is not shown, and nothing when asked for nothing', async () => {
    const { api, manager, surface } = setupManager();
    api.write('a.md', 'A\n');
    api.write('b.md', 'B\n');
    await manager.open('a.md');
    await manager.open('b.md');
    manager.applyToPost('a.md', (state) => ({ changes: { from: state.doc.length, insert: 'more\n' } }));
    manager.applyToPost('b.md', () => null);
    expect(surface.state.doc.toString()).toBe('B\n');
    await manager.open('a.md');
    expect(surface.state.doc.toString()).toBe('A\nmore\n');
  });
});
