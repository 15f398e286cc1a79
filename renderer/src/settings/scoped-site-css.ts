/** The selector the site's stylesheet is confined to: the preview's post content. */
export const previewScope = '.preview-content';

/**
 * The site's CSS confined to the preview: parsed by the browser first, so every rule comes back
 * whole and balanced (a stray `}` cannot close the scope early and style the app), `@import` is
 * dropped, and what is left is wrapped in `@scope`, where `body` and `:root` rules match nothing.
 */
export function scopedSiteCss(css: string): string {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  const rules = [...sheet.cssRules].map((rule) => rule.cssText);
  return `@scope (${previewScope}) {\n${rules.join('\n')}\n}`;
}
