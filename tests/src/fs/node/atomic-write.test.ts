import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../../src/fs/node/atomic-write';

const posixModes = process.platform !== 'win32';
let folder: string;

beforeEach(async () => {
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-'));
});

afterEach(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

const modeOf = async (file: string) => (await fs.stat(file)).mode & 0o777;

describe('writeFileAtomic', () => {
  it('creates a new file with the given text and leaves nothing else behind', async () => {
    const file = path.join(folder, 'post.md');
    await writeFileAtomic(file, 'héllo\n');
    expect(await fs.readFile(file, 'utf8')).toBe('héllo\n');
    expect(await fs.readdir(folder)).toEqual(['post.md']);
  });

  it('replaces an existing file by rename, writing bytes exactly', async () => {
    const file = path.join(folder, 'post.md');
    await fs.writeFile(file, 'old content that is longer than the new');
    const before = await fs.stat(file);
    const bytes = Uint8Array.of(0xef, 0xbb, 0xbf, 0x61, 0x0d, 0x0a);
    await writeFileAtomic(file, bytes);
    expect(new Uint8Array(await fs.readFile(file))).toEqual(bytes);
    // A new inode shows the target was swapped in whole, not rewritten in place.
    expect((await fs.stat(file)).ino).not.toBe(before.ino);
    expect(await fs.readdir(folder)).toEqual(['post.md']);
  });

  it.runIf(posixModes)("keeps the existing file's mode", async () => {
    const file = path.join(folder, 'post.md');
    await fs.writeFile(file, 'old');
    await fs.chmod(file, 0o640);
    await writeFileAtomic(file, 'new');
    expect(await modeOf(file)).toBe(0o640);
  });

  it.runIf(posixModes)('applies an explicit mode even where the umask would narrow it', async () => {
    const file = path.join(folder, 'post.md');
    await fs.writeFile(file, 'old');
    await fs.chmod(file, 0o600);
    await writeFileAtomic(file, 'new', { mode: 0o666 });
    expect(await modeOf(file)).toBe(0o666);
  });

  it('removes its temp file and leaves the target alone when the rename fails', async () => {
    const target = path.join(folder, 'occupied');
    await fs.mkdir(target);
    await fs.writeFile(path.join(target, 'inside.md'), 'keep');
    await expect(writeFileAtomic(target, 'new')).rejects.toThrow();
    expect(await fs.readdir(folder)).toEqual(['occupied']);
    expect(await fs.readFile(path.join(target, 'inside.md'), 'utf8')).toBe('keep');
  });

  it('fails cleanly when the folder does not exist', async () => {
    await expect(writeFileAtomic(path.join(folder, 'missing', 'post.md'), 'x')).rejects.toMatchObject({
      code: 'ENOENT',
    });
    expect(await fs.readdir(folder)).toEqual([]);
  });

  it('lets concurrent writers finish with one whole version and no leftovers', async () => {
    const file = path.join(folder, 'post.md');
    const versions = Array.from({ length: 8 }, (_, index) => `version ${index}\n`.repeat(2000));
    await Promise.all(versions.map((text) => writeFileAtomic(file, text)));
    expect(versions).toContain(await fs.readFile(file, 'utf8'));
    expect(await fs.readdir(folder)).toEqual(['post.md']);
  });
});
