import { describe, expect, it } from 'vitest';
import { isSafeDataImage, resolveAssetUrl } from '../../../src/markdown/asset-url';
import { resolveLiquidUrls } from '../../../src/markdown/resolve-liquid-urls';

describe('resolveLiquidUrls', () => {
  it.each([
    ['![a]({{ site.baseurl }}/assets/x.jpg)', '![a](/assets/x.jpg)'],
    ['![a]({{site.baseurl}}/assets/x.jpg)', '![a](/assets/x.jpg)'],
    ['<img src="{{ site.url }}{{ site.baseurl }}/assets/x.jpg">', '<img src="/assets/x.jpg">'],
    [`<img src="{{ '/assets/x.jpg' | relative_url }}">`, '<img src="/assets/x.jpg">'],
    ['<img src="{{ "/assets/x.jpg" | absolute_url }}">', '<img src="/assets/x.jpg">'],
    [`![a]({{ 'assets/x.jpg' | relative_url }})`, '![a](/assets/x.jpg)'],
    [`![a]({{ "/assets/x.jpg" | prepend: site.baseurl }})`, '![a](/assets/x.jpg)'],
    [`{{- '/a.png' | relative_url -}}`, '/a.png'],
  ])('%s', (input, expected) => {
    expect(resolveLiquidUrls(input)).toBe(expected);
  });

  it('leaves other Liquid and plain text alone', () => {
    const text = 'Hello {{ page.title }} {% include card.html %} { not liquid }';
    expect(resolveLiquidUrls(text)).toBe(text);
    expect(resolveLiquidUrls('no braces at all')).toBe('no braces at all');
  });

  it('keeps {% raw %} regions literal, as Jekyll does, dropping the tags', () => {
    expect(resolveLiquidUrls('{% raw %}{{ site.baseurl }}{% endraw %} and {{ site.baseurl }}/x')).toBe(
      '{{ site.baseurl }} and /x',
    );
    expect(resolveLiquidUrls('{% raw %}\n{{ site.url }}\n')).toBe('\n{{ site.url }}\n');
  });

  it('never changes the number of lines', () => {
    const text = "a\n{{ site.baseurl }}\n{% raw %}\nb\n{% endraw %}\n{{ '/x' | relative_url }}\n";
    expect(resolveLiquidUrls(text).split('\n')).toHaveLength(text.split('\n').length);
  });
});

describe('resolveAssetUrl', () => {
  const base = 'lanyard-asset://site/';
  const post = '_posts/2026-11-23-day-1.md';

  it('maps site-root and relative paths under the asset base', () => {
    expect(resolveAssetUrl('/assets/images/x.jpg', post, base)).toEqual({
      kind: 'local',
      url: `${base}assets/images/x.jpg`,
    });
    expect(resolveAssetUrl('photo.jpg', post, base)).toEqual({ kind: 'local', url: `${base}_posts/photo.jpg` });
    expect(resolveAssetUrl('./img/a.png?v=2#t', post, base)).toEqual({
      kind: 'local',
      url: `${base}_posts/img/a.png?v=2#t`,
    });
    expect(resolveAssetUrl('../assets/a.png', post, base)).toEqual({ kind: 'local', url: `${base}assets/a.png` });
    expect(resolveAssetUrl('photo.jpg', null, base)).toEqual({ kind: 'local', url: `${base}photo.jpg` });
    expect(resolveAssetUrl(`${base}assets/a.png`, post, base)).toEqual({ kind: 'local', url: `${base}assets/a.png` });
  });

  it('never climbs above the site root', () => {
    expect(resolveAssetUrl('../../../../etc/passwd', post, base)).toEqual({ kind: 'local', url: `${base}etc/passwd` });
    expect(resolveAssetUrl('/%2e%2e/%2E%2E/x', post, base)).toEqual({ kind: 'local', url: `${base}x` });
    expect(resolveAssetUrl('..\\..\\x', post, base)).toEqual({ kind: 'local', url: `${base}x` });
  });

  it('classifies remote, data and other URLs', () => {
    expect(resolveAssetUrl('https://x.org/a.jpg', post, base)).toEqual({ kind: 'remote', url: 'https://x.org/a.jpg' });
    expect(resolveAssetUrl('HTTP://x.org/a.jpg', post, base).kind).toBe('remote');
    expect(resolveAssetUrl('//cdn.x/a.jpg', post, base)).toEqual({ kind: 'remote', url: 'https://cdn.x/a.jpg' });
    expect(resolveAssetUrl('data:image/png;base64,AA', post, base).kind).toBe('data');
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'vbscript:x', '', '  ', '#frag', '/']) {
      expect(resolveAssetUrl(url, post, base), url).toEqual({ kind: 'blocked' });
    }
  });

  it('accepts only raster inline images', () => {
    expect(isSafeDataImage('data:image/png;base64,AA')).toBe(true);
    expect(isSafeDataImage('data:image/jpeg;base64,AA')).toBe(true);
    expect(isSafeDataImage('data:image/webp,AA')).toBe(true);
    expect(isSafeDataImage('data:image/svg+xml;base64,AA')).toBe(false);
    expect(isSafeDataImage('data:text/html,<b>')).toBe(false);
  });
});
