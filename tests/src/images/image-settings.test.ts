import { describe, expect, it } from 'vitest';
import { defaultImageSettings, linkStyleFor, type SiteImageSettings } from '../../../src/images/image-settings';

const settings = (changes: Partial<SiteImageSettings>): SiteImageSettings => ({
  ...defaultImageSettings,
  usualFolder: 'images',
  htmlDropped: null,
  ...changes,
});

describe('linkStyleFor', () => {
  it('links as the writer chose where the site keeps raw HTML', () => {
    for (const linkStyle of ['markdown', 'html', 'figure'] as const) {
      expect(linkStyleFor(settings({ linkStyle }))).toBe(linkStyle);
    }
  });

  it('links with Markdown where the site drops raw HTML', () => {
    for (const linkStyle of ['markdown', 'html', 'figure'] as const) {
      expect(linkStyleFor(settings({ linkStyle, htmlDropped: 'Hugo drops it.' }))).toBe('markdown');
    }
  });
});
