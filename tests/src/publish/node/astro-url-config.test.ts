import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroUrlConfig } from '../../../../src/publish/node/astro-url-config';
import { publicPostUrl } from '../../../../src/publish/public-url';
import { detectSite } from '../../../../src/site/node/detect-site';
import { useTempSite, writeFileUnder } from '../../support/temp-site';

let temp = '';
let site = '';
useTempSite((folders) => ({ temp, site } = folders));

const write = (file: string, text = '') => writeFileUnder(site, file, text);
const configOf = async () => astroUrlConfig(await detectSite(site));

async function writeCollections(): Promise<void> {
  await write('src/content/blog/day-1.md', '---\ntitle: Day 1\n---\n');
  await write('src/content/notes/a.md', '---\ntitle: A\n---\n');
  await write('src/content/docs/b.md', '---\ntitle: B\n---\n');
  await write('src/pages/blog/[...slug].astro');
  await write('src/pages/notes/[id].astro');
}

describe('astroUrlConfig', () => {
  it('reads site, base, trailingSlash and build.format literally, and the routed collections', async () => {
    await writeCollections();
    await write(
      'astro.config.mjs',
      [
        "import { defineConfig } from 'astro/config';",
        '// site: "https://commented.example.com",',
        'export default defineConfig({',
        "  site: 'https://Me.Example.com/ignored/',",
        "  base: '/docs/',",
        "  trailingSlash: 'never',",
        "  build: { format: 'file' },",
        '});',
      ].join('\n'),
    );
    expect(await configOf()).toEqual({
      kind: 'astro',
      baseUrl: 'https://me.example.com',
      basePath: '/docs',
      permalink: null,
      uglyUrls: true,
      contentDir: 'src/content',
      timezone: null,
      astroRoutes: { blog: 'rest', notes: 'segment' },
      dropTrailingSlash: true,
    });
  });

  it('finds a rest route by id too, preferring it to a one-part route', async () => {
    await write('src/content/blog/day-1.md');
    await write('src/pages/blog/[slug].astro');
    await write('src/pages/blog/[...id].astro');
    await write('astro.config.ts', 'export default { site: "https://me.example.com" };\n');
    expect(await configOf()).toMatchObject({ basePath: '', uglyUrls: false, astroRoutes: { blog: 'rest' } });
  });

  it('knows no route reached through a link out of the site, or that is a folder', async () => {
    await write('src/content/blog/day-1.md');
    await write('src/content/notes/a.md');
    await fs.mkdir(path.join(site, 'src/pages/notes/[...slug].astro'), { recursive: true });
    await writeFileUnder(temp, 'elsewhere/[...slug].astro');
    await fs.symlink(path.join(temp, 'elsewhere'), path.join(site, 'src/pages/blog'));
    await write('astro.config.mjs', 'export default { site: "https://me.example.com" };\n');
    expect((await configOf()).astroRoutes).toEqual({});
  });

  it('leaves every URL unknown for a build format it does not model, and no site for a computed one', async () => {
    await writeCollections();
    await write(
      'astro.config.mjs',
      'export default { site: process.env.SITE, base: `/${x}`, build: { format: "preserve" } };\n',
    );
    const config = await configOf();
    expect(config).toMatchObject({ baseUrl: null, basePath: '', uglyUrls: false });
    expect(config.astroRoutes).toEqual({});
  });

  it('feeds publicPostUrl the URL a routed entry is built at', async () => {
    await writeCollections();
    await write('astro.config.mjs', 'export default { site: "https://me.example.com", base: "/docs" };\n');
    const config = await configOf();
    const url = (id: string, frontMatter = {}) => publicPostUrl(config, { id, frontMatter });
    expect(url('src/content/blog/Day 1!.md')).toBe('https://me.example.com/docs/blog/day-1/');
    expect(url('src/content/notes/a.md', { slug: 'first' })).toBe('https://me.example.com/docs/notes/first/');
    expect(url('src/content/docs/b.md')).toBeNull();
  });
});
