import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveSiteAsset } from '../../../../src/app/node/asset-resolver';
import { useTempSite } from '../../support/temp-site';

let temp: string;
let site: string;
useTempSite((folders) => ({ temp, site } = folders));

async function write(relative: string, content = 'x'): Promise<string> {
  const file = path.join(site, ...relative.split('/'));
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, content);
  return file;
}

describe('resolveSiteAsset: Hugo', () => {
  const hugo = () => ({ root: site, kind: 'hugo' as const });

  it('serves /images/x.png from static/images/x.png', async () => {
    const file = await write('static/images/x.png');
    expect(await resolveSiteAsset(hugo(), '/images/x.png')).toEqual({ file, contentType: 'image/png' });
  });

  it('prefers static/ over the site root, and falls back to the root for bundle photos', async () => {
    const inStatic = await write('static/logo.svg');
    await write('logo.svg');
    expect(await resolveSiteAsset(hugo(), '/logo.svg')).toEqual({ file: inStatic, contentType: 'image/svg+xml' });
    const bundled = await write('content/posts/my-trip/stage.jpg');
    expect(await resolveSiteAsset(hugo(), '/content/posts/my-trip/stage.jpg')).toEqual({
      file: bundled,
      contentType: 'image/jpeg',
    });
  });

  it('still refuses climbing out, dot-names, folders and unlisted types', async () => {
    await write('static/.secret.png');
    await write('static/images/x.png');
    await write('hugo.toml', 'title = "x"');
    await fs.writeFile(path.join(temp, 'outside.png'), 'x');
    for (const urlPath of [
      '/../outside.png',
      '/%2e%2e/outside.png',
      '/images/%2e%2e/%2e%2e/%2e%2e/outside.png',
      '/images/..%5c..%5c..%5coutside.png',
      '/.secret.png',
      '/images',
      '/hugo.toml',
      '/images/missing.png',
    ]) {
      expect(await resolveSiteAsset(hugo(), urlPath), urlPath).toBeNull();
    }
  });

  it('does not follow a static folder that links out of the site', async () => {
    await fs.mkdir(path.join(temp, 'elsewhere'));
    await fs.writeFile(path.join(temp, 'elsewhere', 'x.png'), 'x');
    await fs.symlink(path.join(temp, 'elsewhere'), path.join(site, 'static'), 'dir');
    expect(await resolveSiteAsset(hugo(), '/x.png')).toBeNull();
  });
});

describe('resolveSiteAsset: Jekyll', () => {
  it('serves from the site root only, never from a static folder', async () => {
    const file = await write('assets/images/stage.png');
    await write('static/only-here.png');
    const jekyll = { root: site, kind: 'jekyll' as const };
    expect(await resolveSiteAsset(jekyll, '/assets/images/stage.png')).toEqual({ file, contentType: 'image/png' });
    expect(await resolveSiteAsset(jekyll, '/only-here.png')).toBeNull();
    expect(await resolveSiteAsset(jekyll, '/../site/assets/images/stage.png')).toBeNull();
  });
});
