import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LanyardError } from '../../../../src/api/lanyard-error';
import { readSiteSettings, writeSiteSettings } from '../../../../src/site/node/site-settings-file';
import { useTempSite, writeFileUnder } from '../../support/temp-site';

let site = '';
useTempSite((folders) => ({ site } = folders));

const settingsText = () => fs.readFile(path.join(site, '.lanyard', 'site.yml'), 'utf8');

describe('writeSiteSettings keeps the writer’s file as written', () => {
  it('keeps CRLF line endings and does not fold a long line it did not touch', async () => {
    const note = `note: ${'a long sentence that the writer wrote on one line '.repeat(3).trim()}`;
    await writeFileUnder(site, '.lanyard/site.yml', ['# mine', note, 'posts: notes', ''].join('\r\n'));
    await writeSiteSettings(site, { postsFolder: 'notes', imagesFolder: 'media', urlPattern: null });
    const after = await settingsText();
    // Today every \r\n becomes \n and the note is folded onto two lines (yaml's lineWidth 80).
    expect(after.replaceAll('\r\n', '')).not.toContain('\n');
    expect(after.split('\r\n')).toContain(note);
    expect(after).toContain('images: media');
  });
});

describe('a .lanyard that is a file', () => {
  it('gives a clear LanyardError on save and an untruncated reason on read', async () => {
    await writeFileUnder(site, '.lanyard', 'not a folder');
    const read = await readSiteSettings(site);
    // Today: ".lanyard/site.yml was not used: ENOTDIR: not a directory, l." (parserMessage eats "stat '…'" of "lstat").
    expect(read.problem).not.toMatch(/, l\.$/);
    const saved = await writeSiteSettings(site, { postsFolder: 'notes', imagesFolder: null, urlPattern: null }).then(
      () => null,
      (error: unknown) => error,
    );
    // Today a raw ENOTDIR (absolute path included) reaches the renderer as "Something went wrong inside Lanyard".
    expect(saved).toBeInstanceOf(LanyardError);
    expect(await fs.readFile(path.join(site, '.lanyard'), 'utf8')).toBe('not a folder');
  });
});
