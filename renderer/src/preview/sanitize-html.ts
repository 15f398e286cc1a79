import createDOMPurify from 'dompurify';
import type { Config, DOMPurify } from 'dompurify';
import { isSafeDataImage, resolveAssetUrl } from '../../../src/markdown/asset-url';

/** What the sanitiser needs to know to resolve a post's image paths. */
export interface SanitizeContext {
  /** Base URL under which the open site's files are served, ending in `/`. */
  assetBaseUrl: string;
  /** The post's id (its site-relative path), for relative image paths; null: the site root. */
  postId: string | null;
}

const FORBID_TAGS = [
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'portal',
  'fencedframe',
  'form',
  'button',
  'select',
  'option',
  'optgroup',
  'datalist',
  'textarea',
  'base',
  'meta',
  'link',
  'style',
  'template',
  'noscript',
  // SVG elements that fetch or animate attributes into URLs.
  'use',
  'foreignobject',
  'animate',
  'animatemotion',
  'animatetransform',
  'set',
  'feimage',
];
const FORBID_ATTR = [
  'target',
  'srcdoc',
  'formaction',
  'action',
  'ping',
  'autofocus',
  'background',
  'xlink:href',
  'http-equiv',
];

const CONFIG: Config = {
  FORBID_TAGS,
  FORBID_ATTR,
  // http(s), mailto, and scheme-less URLs (paths, #anchors). Any other scheme (digits included,
  // as in `web3:`) and protocol-relative or UNC forms (`//host`, `\\host`) are dropped.
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|(?![a-z][a-z0-9+.-]*:)(?![/\\][/\\]))/i,
  // Ids and names get a `user-content-` prefix so a post cannot shadow the app's own.
  SANITIZE_NAMED_PROPS: true,
  // Parsed by the sanitiser into a fresh inert document per call (nothing loads or runs
  // there); the nodes are then moved into the preview without another parse.
  RETURN_DOM_FRAGMENT: true,
};

/** Which attributes of which elements load media, and so are rewritten or dropped. */
const MEDIA_ATTRIBUTES: Record<string, readonly string[]> = {
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  image: ['href'],
};

// CSS that fetches, runs code, or hides a URL from these checks behind an escape.
const UNSAFE_CSS =
  /\\|url\s*\(|image-set\s*\(|image\s*\(|cross-fade\s*\(|element\s*\(|expression\s*\(|@import|behavior\s*:|-moz-binding|javascript:/;

// Attribute values that CSS reads (SVG `fill`, `filter`, `mask`, `marker-*`…) can load a URL
// too; only same-document references like `url(#gradient)` may stay.
const LOADING_URL = /url\s*\(\s*['"]?\s*(?!#)/i;
const CSS_ATTRIBUTES = new Set([
  'fill',
  'stroke',
  'filter',
  'mask',
  'clip-path',
  'cursor',
  'marker',
  'marker-start',
  'marker-mid',
  'marker-end',
]);

/** Keeps the declarations of an inline style that cannot load or execute anything. */
export function cleanStyle(style: string): string {
  const kept: string[] = [];
  for (const declaration of style.replace(/\/\*[\s\S]*?\*\//g, '').split(';')) {
    const trimmed = declaration.trim();
    if (trimmed && !UNSAFE_CSS.test(trimmed.toLowerCase())) kept.push(trimmed);
  }
  return kept.join('; ');
}

// The sanitiser's hooks are global to its instance; the context and the work list for one
// (synchronous) call live here.
let context: SanitizeContext = { assetBaseUrl: '', postId: null };
let remoteImages: [Element, string][] = [];
let dropped: Element[] = [];

function rewriteSrcset(value: string): string {
  const kept: string[] = [];
  for (const candidate of value.split(',')) {
    const [url = '', ...descriptors] = candidate.trim().split(/\s+/);
    const resolved = resolveAssetUrl(url, context.postId, context.assetBaseUrl);
    if (resolved.kind === 'local') kept.push([resolved.url, ...descriptors].join(' '));
  }
  return kept.join(', ');
}

function rewriteMedia(node: Element, tag: string, attributes: readonly string[]): void {
  for (const name of attributes) {
    const value = node.getAttribute(name);
    if (value === null) continue;
    if (name === 'srcset') {
      const rewritten = rewriteSrcset(value);
      if (rewritten) node.setAttribute(name, rewritten);
      else node.removeAttribute(name);
      continue;
    }
    const resolved = resolveAssetUrl(value, context.postId, context.assetBaseUrl);
    if (resolved.kind === 'local') {
      node.setAttribute(name, resolved.url);
    } else if (resolved.kind === 'data' && tag === 'img' && name === 'src' && isSafeDataImage(resolved.url)) {
      // An inline PNG/JPEG/GIF/WebP stays as it is.
    } else {
      node.removeAttribute(name);
      // The CSP forbids remote loads and writers are often offline: show where it would come from.
      if (resolved.kind === 'remote' && tag === 'img' && name === 'src') remoteImages.push([node, resolved.url]);
    }
  }
}

function afterSanitizeAttributes(node: Element): void {
  const tag = node.nodeName.toLowerCase();
  const media = MEDIA_ATTRIBUTES[tag];
  if (media) rewriteMedia(node, tag, media);
  if (tag === 'img') {
    node.setAttribute('loading', 'lazy');
    node.setAttribute('decoding', 'async');
  } else if (tag === 'pre') {
    // A long code line scrolls sideways; the keyboard must be able to reach and scroll it too.
    node.setAttribute('tabindex', '0');
  } else if (tag === 'input') {
    // Only the read-only task list checkboxes.
    if ((node.getAttribute('type') ?? '').toLowerCase() === 'checkbox') node.setAttribute('disabled', '');
    else dropped.push(node);
  }
}

function createPurifier(): DOMPurify {
  const purify = createDOMPurify(window);
  purify.setConfig(CONFIG);
  purify.addHook('uponSanitizeAttribute', (_node, event) => {
    if (event.attrName === 'style') {
      event.attrValue = cleanStyle(event.attrValue);
      if (!event.attrValue) event.keepAttr = false;
    } else if (LOADING_URL.test(event.attrValue)) {
      event.keepAttr = false;
    } else if (CSS_ATTRIBUTES.has(event.attrName) && event.attrValue.includes('\\')) {
      // A CSS escape could spell `url(` past the check above.
      event.keepAttr = false;
    }
  });
  purify.addHook('afterSanitizeAttributes', afterSanitizeAttributes);
  return purify;
}

function placeholderFor(image: Element, url: string): Element {
  const placeholder = image.ownerDocument.createElement('span');
  const alt = image.getAttribute('alt') ?? '';
  placeholder.className = 'preview-remote-image';
  placeholder.setAttribute('role', 'img');
  placeholder.setAttribute('aria-label', alt ? `${alt} (remote image, not loaded)` : 'Remote image, not loaded');
  placeholder.title = url;
  placeholder.textContent = alt || url;
  return placeholder;
}

let purifier: DOMPurify | null = null;

/** Sanitises `html` into a fragment of an inert document. */
function sanitizeToFragment(html: string, sanitizeContext: SanitizeContext): DocumentFragment {
  purifier ??= createPurifier();
  context = sanitizeContext;
  remoteImages = [];
  dropped = [];
  try {
    // With RETURN_DOM_FRAGMENT set through setConfig, sanitize returns a fragment; its
    // typings only know about per-call configs.
    const fragment = purifier.sanitize(html) as unknown as DocumentFragment;
    for (const [image, url] of remoteImages) image.replaceWith(placeholderFor(image, url));
    for (const node of dropped) node.remove();
    return fragment;
  } finally {
    remoteImages = [];
    dropped = [];
  }
}

/**
 * Sanitises rendered Markdown for the preview: no scripts, event handlers, frames, forms or
 * style sheets; only http(s)/mailto/relative links; inline styles without `url(`,
 * `expression(` or `@import`; no `target`. Media paths are rewritten to the site's asset URL
 * (`/assets/x.jpg` → `<assetBaseUrl>assets/x.jpg`, relative paths from the post's folder);
 * remote images become a placeholder titled with their URL; `data:` is kept only for
 * PNG/JPEG/GIF/WebP `img` sources.
 */
export function sanitizeHtml(html: string, sanitizeContext: SanitizeContext): string {
  const fragment = sanitizeToFragment(html, sanitizeContext);
  const holder = (fragment.ownerDocument ?? document).createElement('div');
  holder.append(fragment);
  return holder.innerHTML;
}

/**
 * Like `sanitizeHtml`, but moves the sanitised nodes straight into `target` (replacing its
 * children), sparing a serialise-and-parse round trip.
 */
export function sanitizeInto(target: Element, html: string, sanitizeContext: SanitizeContext): void {
  target.replaceChildren(sanitizeToFragment(html, sanitizeContext));
}
