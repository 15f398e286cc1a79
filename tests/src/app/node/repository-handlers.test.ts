import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLanyardCore } from '../../../../src/app/node/lanyard-core';
import { runGit } from '../../../../src/git/node/run-git';
import { useGitSandbox } from '../../git/node/git-env';
import { writeFileUnder } from '../../support/temp-site';
import { testHost } from './test-host';

const sandbox = useGitSandbox();

/**
 * Writes a site with its build output and installed packages beside the posts, makes it a
 * repository through Lanyard, and answers the `.gitignore` written and the files committed.
 */
async function initialise(files: Record<string, string>): Promise<{ ignored: string[]; committed: string[] }> {
  const site = path.join(sandbox.path, 'site');
  for (const [relative, content] of Object.entries(files)) await writeFileUnder(site, relative, content);
  const core = createLanyardCore(testHost(path.join(sandbox.path, 'user-data')));
  try {
    await core.openSite(site);
    const answer = await core.dispatcher.invoke('publish.initRepository', undefined);
    if (!answer.ok) throw new Error(answer.error.message);
  } finally {
    await core.dispose();
  }
  const ignored = (await fs.readFile(path.join(site, '.gitignore'), 'utf8')).split('\n').filter((line) => line !== '');
  const committed = (await runGit(['ls-files'], site)).stdout.split('\n').filter((line) => line !== '');
  return { ignored, committed };
}

const packages = { 'node_modules/left-pad/index.js': 'module.exports = 1;\n' };

describe('publish.initRepository', () => {
  it('leaves out Astro’s build, its cache and its packages', async () => {
    const { ignored, committed } = await initialise({
      'astro.config.mjs': 'export default {};\n',
      'package.json': '{}\n',
      'src/content/blog/day-1.md': '---\ntitle: Day 1\n---\n',
      'dist/index.html': '<p>built</p>\n',
      '.astro/types.d.ts': 'export {};\n',
      ...packages,
    });
    expect(ignored).toEqual(['dist/', '.astro/', 'node_modules/', '.DS_Store']);
    expect(committed).toEqual(['.gitignore', 'astro.config.mjs', 'package.json', 'src/content/blog/day-1.md']);
  });

  it('leaves out Eleventy’s _site and packages', async () => {
    const { ignored, committed } = await initialise({
      'eleventy.config.js': 'export default function () {}\n',
      'posts/day-1.md': '---\ntitle: Day 1\n---\n',
      '_site/posts/day-1/index.html': '<p>built</p>\n',
      ...packages,
    });
    expect(ignored).toEqual(['_site/', '.cache/', 'node_modules/', '.DS_Store']);
    expect(committed).toEqual(['.gitignore', 'eleventy.config.js', 'posts/day-1.md']);
  });

  it('leaves out Hugo’s public and generated resources, and packages only where the site has them', async () => {
    const hugo = {
      'hugo.toml': 'title = "Notes"\n',
      'content/posts/day-1.md': '---\ntitle: Day 1\n---\n',
      'public/index.html': '<p>built</p>\n',
      'resources/_gen/images/a.jpg': 'jpg',
    };
    const bare = await initialise(hugo);
    expect(bare.ignored).toEqual(['public/', 'resources/_gen/', '.hugo_build.lock', '.DS_Store']);
    expect(bare.committed).toEqual(['.gitignore', 'content/posts/day-1.md', 'hugo.toml']);

    await fs.rm(path.join(sandbox.path, 'site'), { recursive: true });
    const withTooling = await initialise({ ...hugo, ...packages });
    expect(withTooling.ignored).toContain('node_modules/');
    expect(withTooling.committed).toEqual(['.gitignore', 'content/posts/day-1.md', 'hugo.toml']);
  });

  it('leaves out Jekyll’s _site and caches, and nothing of a plain folder but .DS_Store', async () => {
    const jekyll = await initialise({ '_config.yml': 'title: Notes\n', '_posts/2026-11-23-day-1.md': '# Day 1\n' });
    expect(jekyll.ignored).toEqual(['_site/', '.jekyll-cache/', '.jekyll-metadata', '.sass-cache/', '.DS_Store']);

    await fs.rm(path.join(sandbox.path, 'site'), { recursive: true });
    const plain = await initialise({ 'posts/day-1.md': '# Day 1\n', 'public/photo.jpg': 'jpg' });
    expect(plain.ignored).toEqual(['.DS_Store']);
    expect(plain.committed).toEqual(['.gitignore', 'posts/day-1.md', 'public/photo.jpg']);
  });

  it('keeps a .gitignore the site already has', async () => {
    const { ignored } = await initialise({ 'hugo.toml': 'title = "Notes"\n', '.gitignore': 'public/\nmine/\n' });
    expect(ignored).toEqual(['public/', 'mine/']);
  });
});
