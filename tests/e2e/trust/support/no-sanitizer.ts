import type { SanitizeContext } from '../../../../renderer/src/preview/sanitize-html';

/*
 * Stands in for renderer/src/preview/sanitize-html.ts in the CSP-only build (see
 * csp-only-renderer.ts): the preview's HTML goes into the page exactly as Markdown rendered it,
 * as if the sanitizer had failed on every input, so only the CSP stands between a payload and
 * the app.
 */

export type { SanitizeContext };

export function cleanStyle(style: string): string {
  return style;
}

export function sanitizeHtml(html: string, _context: SanitizeContext): string {
  return html;
}

export function sanitizeInto(target: Element, html: string, _context: SanitizeContext): void {
  target.innerHTML = html;
}
