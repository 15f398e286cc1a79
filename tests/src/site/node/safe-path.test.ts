import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveInsideSite, toSiteRelative } from '../../../../src/site/node/safe-path';

let site: string;
let outside: string;

beforeEach(async () => {
  site = await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-'));
  outside = await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-outside-'));
  await fs.mkdir(path.join(site, '_posts'));
  await fs.writeFile(path.join(site, '_posts', 'a.md'), 'a');
  await fs.writeFile(path.join(outside, 'secret.md'), 'secret');
});

afterEach(async () => {
  await fs.rm(site, { recursive: true, force: true });
  await fs.rm(outside, { recursive: true, force: true });
});

describe('resolveInsideSite: accepted paths', () => {
  it('resolves existing and not-yet-existing paths inside the site', async () => {
    expect(await resolveInsideSite(site, '_posts/a.md')).toBe(path.join(site, '_posts', 'a.md'));
    expect(await resolveInsideSite(site, '_drafts/new/b.md')).toBe(path.join(site, '_drafts', 'new', 'b.md'));
  });

  it('accepts .. that stays inside, and percent-escapes that decode to a harmless name', async () => {
    expect(await resolveInsideSite(site, '_posts/../_posts/a.md')).toBe(path.join(site, '_posts', 'a.md'));
    // The id names the file literally; decoding is only for checking.
    expect(await resolveInsideSite(site, '_posts/a%20b.md')).toBe(path.join(site, '_posts', 'a%20b.md'));
  });

  it('accepts a symlinked folder that points elsewhere inside the site', async () => {
    await fs.symlink(path.join(site, '_posts'), path.join(site, 'latest'), 'dir');
    expect(await resolveInsideSite(site, 'latest/a.md')).toBe(path.join(site, 'latest', 'a.md'));
    expect(await resolveInsideSite(site, 'latest/new.md')).toBe(path.join(site, 'latest', 'new.md'));
  });

  it('accepts paths in a site opened through a symlink', async () => {
    const alias = path.join(outside, 'alias');
    await fs.symlink(site, alias, 'dir');
    expect(await resolveInsideSite(alias, '_posts/a.md')).toBe(path.join(alias, '_posts', 'a.md'));
  });
});

describe('resolveInsideSite: refused paths', () => {
  const refused: Array<[string, string]> = [
    ['empty', ''],
    ['parent', '..'],
    ['climbing out', '../outside/secret.md'],
    ['climbing out after going in', '_posts/../../secret.md'],
    ['absolute POSIX', '/etc/passwd'],
    ['Windows drive with backslash', 'C:\\Windows\\win.ini'],
    ['Windows drive with slash', 'C:/Windows/win.ini'],
    ['drive-relative', 'c:secret.md'],
    ['UNC with backslashes', '\\\\server\\share\\x.md'],
    ['UNC with slashes', '//server/share/x.md'],
    ['backslash traversal', '_posts\\..\\..\\secret.md'],
    ['any backslash', '_posts\\a.md'],
    ['NUL byte', '_posts/a.md\0.png'],
    ['encoded dots', '%2e%2e/secret.md'],
    ['encoded upper-case dots and slash', '%2E%2E%2Fsecret.md'],
    ['encoded slash after dots', '..%2fsecret.md'],
    ['encoded backslash', '..%5csecret.md'],
    ['encoded NUL', '_posts/a.md%00.png'],
    ['double-encoded dots', '%252e%252e/secret.md'],
    ['encoded absolute path', '%2fetc%2fpasswd'],
    ['bare percent', '_posts/100%.md'],
    ['broken escape', '_posts/%zz.md'],
  ];
  for (const [name, relPath] of refused) {
    it(`refuses ${name}`, async () => {
      await expect(resolveInsideSite(site, relPath)).rejects.toMatchObject({
        code: 'outside-site',
        message: expect.stringMatching(/^That path is outside the open site: /) as string,
      });
    });
  }

  it('refuses a symlinked file that points out of the site', async () => {
    await fs.symlink(path.join(outside, 'secret.md'), path.join(site, '_posts', 'leak.md'));
    await expect(resolveInsideSite(site, '_posts/leak.md')).rejects.toMatchObject({ code: 'outside-site' });
  });

  it('refuses a new file under a symlinked folder that points out of the site', async () => {
    await fs.symlink(outside, path.join(site, 'escape'), 'dir');
    await expect(resolveInsideSite(site, 'escape/new/deeper.md')).rejects.toMatchObject({ code: 'outside-site' });
    await expect(resolveInsideSite(site, 'escape/secret.md')).rejects.toMatchObject({ code: 'outside-site' });
  });

  it('refuses a dangling symlink, whose target could be created outside', async () => {
    await fs.symlink(path.join(outside, 'not-yet.md'), path.join(site, '_posts', 'dangling.md'));
    await expect(resolveInsideSite(site, '_posts/dangling.md')).rejects.toMatchObject({ code: 'outside-site' });
  });

  it('refuses a loop of links', async () => {
    await fs.symlink(path.join(site, 'loop-b'), path.join(site, 'loop-a'));
    await fs.symlink(path.join(site, 'loop-a'), path.join(site, 'loop-b'));
    await expect(resolveInsideSite(site, 'loop-a/x.md')).rejects.toMatchObject({ code: 'outside-site' });
  });

  it('reports a vanished site folder as such', async () => {
    await fs.rm(site, { recursive: true });
    await expect(resolveInsideSite(site, '_posts/a.md')).rejects.toMatchObject({ code: 'site-vanished' });
  });
});

describe('toSiteRelative', () => {
  it('answers POSIX paths relative to the root', () => {
    expect(toSiteRelative(site, path.join(site, '_posts', 'a.md'))).toBe('_posts/a.md');
    expect(toSiteRelative(site, site)).toBe('.');
  });

  it('refuses a path outside the root, including a sibling that shares its prefix', () => {
    expect(() => toSiteRelative(site, path.join(outside, 'secret.md'))).toThrow(/outside the open site/);
    expect(() => toSiteRelative(site, `${site}-sibling/x.md`)).toThrow(/outside the open site/);
  });
});
