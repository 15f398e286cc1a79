import { describe, expect, it } from 'vitest';
import { rawHtmlDropped } from '../../../../src/images/node/raw-html';
import type { SiteKind } from '../../../../src/site/site-info';
import { useTempSite, writeFileUnder } from '../../support/temp-site';

let site: string;
useTempSite((folders) => ({ site } = folders));

describe('rawHtmlDropped', () => {
  it('names the Hugo config that drops raw HTML and the setting that keeps it', async () => {
    await writeFileUnder(
      site,
      'config.yaml',
      'title: Notes\nmarkup:\n  goldmark:\n    renderer:\n      hardWraps: true\n',
    );
    expect(await rawHtmlDropped({ kind: 'hugo', root: site })).toBe(
      'Hugo leaves raw HTML such as <img> and <figure> out of the built page unless config.yaml sets markup.goldmark.renderer.unsafe to true.',
    );
  });

  it('speaks of the Hugo config when the site has none Lanyard can find', async () => {
    expect(await rawHtmlDropped({ kind: 'hugo', root: site })).toContain('unless the Hugo config sets');
  });

  it('answers null for a Hugo site whose config keeps raw HTML', async () => {
    await writeFileUnder(site, 'hugo.toml', '[markup.goldmark.renderer]\nunsafe = true\n');
    expect(await rawHtmlDropped({ kind: 'hugo', root: site })).toBeNull();
  });

  it('answers null for the generators that keep raw HTML, whatever a stray Hugo config says', async () => {
    await writeFileUnder(site, 'hugo.toml', 'title = "Not this site’s"\n');
    for (const kind of ['jekyll', 'astro', 'eleventy', 'plain'] satisfies SiteKind[]) {
      expect(await rawHtmlDropped({ kind, root: site }), kind).toBeNull();
    }
  });
});
