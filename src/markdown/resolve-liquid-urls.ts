// One left-to-right pass with three alternatives:
//   1. `{% raw %}…{% endraw %}`: Jekyll leaves Liquid inside alone, and so do we (tags dropped).
//   2. `{{ site.baseurl }}` / `{{ site.url }}`: the preview serves the site from its root.
//   3. `{{ '/path' | relative_url }}` and friends: the quoted path, rooted.
// No alternative can cross a line break except the raw block's body, so line numbers are kept.
const LIQUID =
  /\{%-?[ \t]*raw[ \t]*-?%\}([\s\S]*?)(?:\{%-?[ \t]*endraw[ \t]*-?%\}|(?![\s\S]))|\{\{-?[ \t]*site\.(?:baseurl|url)[ \t]*-?\}\}|\{\{-?[ \t]*(["'])([^"'\n{}]*)\2(?:[ \t]*\|[ \t]*(?:relative_url|absolute_url|prepend:[ \t]*site\.(?:baseurl|url)))+[ \t]*-?\}\}/g;

/**
 * Rewrites the Jekyll URL idioms writers use for images and links into plain site-root paths,
 * so `{{ site.baseurl }}/assets/x.jpg` and `{{ '/assets/x.jpg' | relative_url }}` both become
 * `/assets/x.jpg`. Runs on the Markdown source before rendering (Jekyll also expands Liquid
 * before Markdown, code blocks included); never adds or removes line breaks.
 */
export function resolveLiquidUrls(source: string): string {
  if (!source.includes('{')) return source;
  return source.replace(LIQUID, (_match: string, raw?: string, _quote?: string, path?: string) => {
    if (raw !== undefined) return raw;
    if (path !== undefined) return path.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(path) ? path : `/${path}`;
    return '';
  });
}
