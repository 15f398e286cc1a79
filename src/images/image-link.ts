import type { ImageSettings } from './image-settings';

/** What to link and how. */
export interface ImageLinkOptions {
  url: string;
  alt: string;
  /** Shown under the image; null or blank for none. */
  caption: string | null;
  style: ImageSettings['linkStyle'];
}

/** Line breaks would end the construct early, so alt text and captions are kept on one line. */
const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();

const htmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => htmlEntities[char] ?? char);
}

/** Brackets would open links or close the alt text, and backslashes escape: all stay text. */
function markdownAlt(alt: string): string {
  return oneLine(alt).replace(/[\\[\]]/g, (char) => `\\${char}`);
}

/** Markdown's inline emphasis and escape characters, which a caption must show as written. */
function markdownCaption(caption: string): string {
  return caption.replace(/[\\*_`[\]<]/g, (char) => `\\${char}`);
}

/**
 * A Markdown link destination: wrapped in `<…>` when it has spaces or parentheses, which
 * would otherwise end it; `<`, `>` and line breaks are percent-encoded, as no form allows them.
 */
function markdownUrl(url: string): string {
  const safe = url.replace(/[<>\r\n]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return /[\s()]/.test(safe) ? `<${safe}>` : safe;
}

function imgTag(url: string, alt: string): string {
  return `<img src="${escapeHtml(url)}" alt="${escapeHtml(oneLine(alt))}">`;
}

function figure(url: string, alt: string, caption: string): string {
  const lines = ['<figure>', `  ${imgTag(url, alt)}`];
  if (caption !== '') lines.push(`  <figcaption>${escapeHtml(caption)}</figcaption>`);
  lines.push('</figure>');
  return lines.join('\n');
}

/**
 * The text inserted at the cursor for an image: `![alt](url)` (followed by an `*caption*`
 * line when there is a caption), `<img src alt>` (a figure when there is a caption), or a
 * `<figure>` with `<img>` and `<figcaption>`. Everything is escaped so alt text and captions
 * show as typed.
 */
export function imageLinkText(options: ImageLinkOptions): string {
  const caption = oneLine(options.caption ?? '');
  switch (options.style) {
    case 'markdown': {
      const image = `![${markdownAlt(options.alt)}](${markdownUrl(options.url)})`;
      return caption === '' ? image : `${image}\n*${markdownCaption(caption)}*`;
    }
    case 'html':
      return caption === '' ? imgTag(options.url, options.alt) : figure(options.url, options.alt, caption);
    case 'figure':
      return figure(options.url, options.alt, caption);
  }
}
