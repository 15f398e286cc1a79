import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readPost, savePost, versionOf } from '../../../../src/posts/node/post-file';

const posixModes = process.platform !== 'win32';
const bom = Buffer.from([0xef, 0xbb, 0xbf]);
let site: string;

beforeEach(async () => {
  site = await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-'));
  await fs.mkdir(path.join(site, '_posts'));
});

afterEach(async () => {
  await fs.rm(site, { recursive: true, force: true });
});

const postPath = (id: string) => path.join(site, ...id.split('/'));

async function writePost(id: string, content: string | Buffer): Promise<void> {
  await fs.writeFile(postPath(id), content);
  // An old mtime makes any rewrite visible even on coarse-grained file systems.
  const past = new Date('2020-01-01T00:00:00Z');
  await fs.utimes(postPath(id), past, past);
}

const bytesOf = (id: string) => fs.readFile(postPath(id));

describe('versionOf', () => {
  it('is the sha256 of the bytes in hex', () => {
    const bytes = Buffer.from('---\ntitle: x\n---\n');
    expect(versionOf(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(versionOf(Buffer.from('a'))).not.toBe(versionOf(Buffer.from('b')));
  });
});

describe('readPost', () => {
  it('reads an LF post as it is', async () => {
    await writePost('_posts/a.md', '---\ntitle: Ünïcode\n---\nBody\n');
    const post = await readPost(site, '_posts/a.md');
    expect(post).toEqual({
      id: '_posts/a.md',
      text: '---\ntitle: Ünïcode\n---\nBody\n',
      version: versionOf(await bytesOf('_posts/a.md')),
      lineEnding: 'lf',
      readOnly: false,
    });
  });

  it('strips a BOM and normalises CRLF, reporting crlf', async () => {
    await writePost('_posts/win.md', Buffer.concat([bom, Buffer.from('---\r\ntitle: W\r\n---\r\nBody\r\n')]));
    const post = await readPost(site, '_posts/win.md');
    expect(post.text).toBe('---\ntitle: W\n---\nBody\n');
    expect(post.lineEnding).toBe('crlf');
  });

  it('calls mixed line endings by the majority', async () => {
    await writePost('_posts/mostly-crlf.md', 'a\r\nb\r\nc\nd\r\n');
    await writePost('_posts/mostly-lf.md', 'a\r\nb\nc\nd\n');
    expect((await readPost(site, '_posts/mostly-crlf.md')).lineEnding).toBe('crlf');
    expect((await readPost(site, '_posts/mostly-lf.md')).lineEnding).toBe('lf');
  });

  it('refuses a binary file and a Latin-1 file as unreadable', async () => {
    await writePost('_posts/photo.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x41]));
    await writePost('_posts/latin1.md', Buffer.from('Caf\xe9 cr\xe8me\n', 'latin1'));
    await expect(readPost(site, '_posts/photo.md')).rejects.toMatchObject({
      code: 'unreadable',
      message: expect.stringContaining('binary') as string,
    });
    await expect(readPost(site, '_posts/latin1.md')).rejects.toMatchObject({
      code: 'unreadable',
      message: expect.stringContaining('UTF-8') as string,
    });
  });

  it('answers not-found for a missing post and outside-site for a path that escapes', async () => {
    await expect(readPost(site, '_posts/missing.md')).rejects.toMatchObject({ code: 'not-found' });
    await expect(readPost(site, '../etc/passwd')).rejects.toMatchObject({ code: 'outside-site' });
  });

  it.runIf(posixModes)('marks a file without write permission read-only', async () => {
    await writePost('_posts/locked.md', 'locked\n');
    await fs.chmod(postPath('_posts/locked.md'), 0o444);
    expect((await readPost(site, '_posts/locked.md')).readOnly).toBe(true);
  });
});

describe('savePost: writing', () => {
  it('saves edited text and answers the version of what it wrote', async () => {
    await writePost('_posts/a.md', 'old\n');
    const { version } = await readPost(site, '_posts/a.md');
    const outcome = await savePost(site, { id: '_posts/a.md', text: 'new\n', baseVersion: version });
    expect(await fs.readFile(postPath('_posts/a.md'), 'utf8')).toBe('new\n');
    expect(outcome).toEqual({ status: 'saved', version: versionOf(await bytesOf('_posts/a.md')) });
    expect(await fs.readdir(path.join(site, '_posts'))).toEqual(['a.md']);
  });

  it('writes CRLF and the BOM back, and round-trips byte for byte', async () => {
    const original = Buffer.concat([bom, Buffer.from('---\r\ntitle: W\r\n---\r\nBody\r\n')]);
    await writePost('_posts/win.md', original);
    const first = await readPost(site, '_posts/win.md');
    const edited = await savePost(site, {
      id: '_posts/win.md',
      text: `${first.text}More\n`,
      baseVersion: first.version,
    });
    expect(await bytesOf('_posts/win.md')).toEqual(Buffer.concat([original, Buffer.from('More\r\n')]));
    const second = await readPost(site, '_posts/win.md');
    expect(second.version).toBe(edited.status === 'saved' ? edited.version : 'not saved');
    await savePost(site, { id: '_posts/win.md', text: first.text, baseVersion: second.version });
    expect(await bytesOf('_posts/win.md')).toEqual(original);
  });

  it('creates a new LF file when baseVersion is null and nothing is there', async () => {
    const outcome = await savePost(site, { id: '_posts/new.md', text: 'fresh\n', baseVersion: null });
    expect(outcome.status).toBe('saved');
    expect(await fs.readFile(postPath('_posts/new.md'), 'utf8')).toBe('fresh\n');
  });

  it.runIf(posixModes)("keeps the file's mode", async () => {
    await writePost('_posts/a.md', 'old\n');
    await fs.chmod(postPath('_posts/a.md'), 0o640);
    const { version } = await readPost(site, '_posts/a.md');
    await savePost(site, { id: '_posts/a.md', text: 'new\n', baseVersion: version });
    expect((await fs.stat(postPath('_posts/a.md'))).mode & 0o777).toBe(0o640);
  });

  it('writes through a symlinked post inside the site, keeping the link', async () => {
    await fs.mkdir(path.join(site, 'shared'));
    await fs.writeFile(path.join(site, 'shared', 'real.md'), 'old\n');
    await fs.symlink(path.join(site, 'shared', 'real.md'), postPath('_posts/link.md'));
    const { version } = await readPost(site, '_posts/link.md');
    await savePost(site, { id: '_posts/link.md', text: 'new\n', baseVersion: version });
    expect((await fs.lstat(postPath('_posts/link.md'))).isSymbolicLink()).toBe(true);
    expect(await fs.readFile(path.join(site, 'shared', 'real.md'), 'utf8')).toBe('new\n');
  });
});

describe('savePost: writing nothing', () => {
  async function expectUntouched(id: string, save: () => Promise<unknown>): Promise<void> {
    const before = await fs.stat(postPath(id));
    const bytes = await bytesOf(id);
    await save();
    const after = await fs.stat(postPath(id));
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(after.ino).toBe(before.ino);
    expect(await bytesOf(id)).toEqual(bytes);
  }

  it('answers unchanged and does not touch a file whose text is the same', async () => {
    await writePost('_posts/win.md', Buffer.concat([bom, Buffer.from('a\r\nb\r\n')]));
    const post = await readPost(site, '_posts/win.md');
    await expectUntouched('_posts/win.md', async () => {
      const outcome = await savePost(site, { id: '_posts/win.md', text: post.text, baseVersion: post.version });
      expect(outcome).toEqual({ status: 'unchanged', version: post.version });
    });
  });

  it('leaves a file with mixed line endings untouched when nothing was edited', async () => {
    await writePost('_posts/mixed.md', 'a\r\nb\nc\r\nd\r\n');
    const post = await readPost(site, '_posts/mixed.md');
    await expectUntouched('_posts/mixed.md', async () => {
      const outcome = await savePost(site, { id: '_posts/mixed.md', text: post.text, baseVersion: post.version });
      expect(outcome.status).toBe('unchanged');
    });
  });

  it('reports a conflict with the disk text when the file changed since it was read', async () => {
    await writePost('_posts/a.md', 'mine\n');
    const post = await readPost(site, '_posts/a.md');
    await writePost('_posts/a.md', 'theirs\r\n');
    await expectUntouched('_posts/a.md', async () => {
      const outcome = await savePost(site, { id: '_posts/a.md', text: 'mine, edited\n', baseVersion: post.version });
      expect(outcome).toEqual({
        status: 'conflict',
        diskText: 'theirs\n',
        diskVersion: versionOf(Buffer.from('theirs\r\n')),
      });
    });
  });

  it('keeps mine after a conflict only over the disk version the writer saw', async () => {
    await writePost('_posts/a.md', 'mine\n');
    const post = await readPost(site, '_posts/a.md');
    await writePost('_posts/a.md', 'theirs\n');
    const conflict = await savePost(site, { id: '_posts/a.md', text: 'keep mine\n', baseVersion: post.version });
    if (conflict.status !== 'conflict') throw new Error(`expected a conflict, got ${conflict.status}`);

    // A third edit lands while the conflict bar is up: "Keep mine" must not overwrite it.
    await writePost('_posts/a.md', 'theirs, again\n');
    await expectUntouched('_posts/a.md', async () => {
      const again = await savePost(site, { id: '_posts/a.md', text: 'keep mine\n', baseVersion: conflict.diskVersion });
      expect(again).toMatchObject({ status: 'conflict', diskText: 'theirs, again\n' });
    });

    const latest = versionOf(Buffer.from('theirs, again\n'));
    const kept = await savePost(site, { id: '_posts/a.md', text: 'keep mine\n', baseVersion: latest });
    expect(kept.status).toBe('saved');
    expect(await fs.readFile(postPath('_posts/a.md'), 'utf8')).toBe('keep mine\n');
  });

  it('reports a conflict when the file was deleted, and recreates it when the writer keeps theirs', async () => {
    await writePost('_posts/a.md', 'mine\n');
    const post = await readPost(site, '_posts/a.md');
    await fs.rm(postPath('_posts/a.md'));
    const outcome = await savePost(site, { id: '_posts/a.md', text: 'mine\n', baseVersion: post.version });
    expect(outcome).toEqual({ status: 'conflict', diskText: null, diskVersion: null });
    await expect(fs.access(postPath('_posts/a.md'))).rejects.toThrow();
    await savePost(site, { id: '_posts/a.md', text: 'mine\n', baseVersion: null });
    expect(await fs.readFile(postPath('_posts/a.md'), 'utf8')).toBe('mine\n');
  });

  it('reports a conflict when a new file was expected but one exists', async () => {
    await writePost('_posts/a.md', 'already here\n');
    await expectUntouched('_posts/a.md', async () => {
      const outcome = await savePost(site, { id: '_posts/a.md', text: 'new\n', baseVersion: null });
      expect(outcome).toMatchObject({ status: 'conflict', diskText: 'already here\n' });
    });
  });

  it('never rewrites a file that became binary, even when the writer keeps theirs', async () => {
    await writePost('_posts/a.md', 'text\n');
    const post = await readPost(site, '_posts/a.md');
    await writePost('_posts/a.md', Buffer.from([0x00, 0xff, 0x00]));
    await expectUntouched('_posts/a.md', async () => {
      const outcome = await savePost(site, { id: '_posts/a.md', text: 'text\n', baseVersion: post.version });
      expect(outcome).toMatchObject({ status: 'conflict', diskText: null });
      const diskVersion = outcome.status === 'conflict' ? outcome.diskVersion : null;
      await expect(
        savePost(site, { id: '_posts/a.md', text: 'text\n', baseVersion: diskVersion }),
      ).rejects.toMatchObject({ code: 'unreadable' });
    });
  });

  it.runIf(posixModes)('refuses to save a read-only post but accepts an unchanged one', async () => {
    await writePost('_posts/locked.md', 'locked\n');
    await fs.chmod(postPath('_posts/locked.md'), 0o444);
    const post = await readPost(site, '_posts/locked.md');
    await expectUntouched('_posts/locked.md', async () => {
      await expect(
        savePost(site, { id: '_posts/locked.md', text: 'changed\n', baseVersion: post.version }),
      ).rejects.toMatchObject({ code: 'read-only' });
      const same = await savePost(site, { id: '_posts/locked.md', text: post.text, baseVersion: post.version });
      expect(same.status).toBe('unchanged');
    });
  });

  it('says the site vanished when its folder is gone', async () => {
    await writePost('_posts/a.md', 'text\n');
    const post = await readPost(site, '_posts/a.md');
    await fs.rm(site, { recursive: true });
    await expect(
      savePost(site, { id: '_posts/a.md', text: 'more\n', baseVersion: post.version }),
    ).rejects.toMatchObject({
      code: 'site-vanished',
      message: expect.stringContaining('Your text is kept; save it elsewhere.') as string,
    });
    await expect(fs.access(site)).rejects.toThrow();
  });

  it('refuses to save outside the site', async () => {
    await expect(savePost(site, { id: '../escape.md', text: 'x', baseVersion: null })).rejects.toMatchObject({
      code: 'outside-site',
    });
    await expect(fs.access(path.join(site, '..', 'escape.md'))).rejects.toThrow();
  });
});
