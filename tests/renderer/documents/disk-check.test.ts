import { describe, expect, it } from 'vitest';
import { decideOnDisk, type EditorSide } from '../../../renderer/src/documents/disk-check';
import type { PostDocument } from '../../../src/posts/post-types';

const disk = (text: string, version: string, readOnly = false): PostDocument => ({
  id: 'a.md',
  text,
  version,
  lineEnding: 'lf',
  readOnly,
});
const mine = (side: Partial<EditorSide>): EditorSide => ({
  text: 'mine',
  version: 'v1',
  readOnly: false,
  dirty: false,
  conflict: null,
  ...side,
});

describe('decideOnDisk', () => {
  it('does nothing when the disk still holds the version the editor has', () => {
    expect(decideOnDisk(disk('mine', 'v1'), mine({}))).toEqual({ kind: 'nothing' });
  });

  it('follows the disk when there are no edits', () => {
    expect(decideOnDisk(disk('theirs', 'v2'), mine({}))).toEqual({
      kind: 'reload',
      text: 'theirs',
      version: 'v2',
      readOnly: false,
    });
  });

  it('raises a conflict instead of replacing unsaved edits', () => {
    expect(decideOnDisk(disk('theirs', 'v2'), mine({ dirty: true }))).toEqual({
      kind: 'conflict',
      conflict: { diskText: 'theirs', diskVersion: 'v2' },
    });
  });

  it('closes a deleted post without edits, and keeps one with edits as a conflict', () => {
    expect(decideOnDisk(null, mine({}))).toEqual({ kind: 'close' });
    expect(decideOnDisk(null, mine({ dirty: true }))).toEqual({
      kind: 'conflict',
      conflict: { diskText: null, diskVersion: null },
    });
  });

  it('settles a conflict when the disk already holds the editor text', () => {
    const conflict = { diskText: 'old', diskVersion: 'v2' };
    expect(decideOnDisk(disk('mine', 'v3'), mine({ dirty: true, conflict }))).toMatchObject({
      kind: 'reload',
      version: 'v3',
    });
  });

  it('notices a file that became read-only', () => {
    expect(decideOnDisk(disk('mine', 'v1', true), mine({}))).toMatchObject({ kind: 'reload', readOnly: true });
  });

  it('compares CRLF text from disk as the editor stores it', () => {
    expect(decideOnDisk(disk('a\r\nb', 'v2'), mine({ text: 'a\nb', dirty: true }))).toMatchObject({ kind: 'reload' });
  });
});
