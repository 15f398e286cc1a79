import MarkdownIt from 'markdown-it';
import type { MarkdownIt as Markdown } from 'markdown-it';
import { splitFrontMatter } from '../frontmatter/split-front-matter';
import type { SiteKind } from '../site/site-info';
import { highlightCode } from './code-languages';
import { resolveLiquidUrls } from './resolve-liquid-urls';
import { taskLists } from './task-lists';

function createRenderer(): Markdown {
  const md = new MarkdownIt('default', {
    // Blogs embed <img>, <figure>, <video>…; the renderer sanitises the output afterwards.
    html: true,
    linkify: true,
    typographer: false,
    highlight: (code, lang) => highlightCode(code, lang) ?? '',
  });
  // GFM autolinks `www.example.com` but not bare `README.md`; linkify-it's fuzzy mode would do
  // both, so only the `www.` prefix is added on top of the scheme-based links.
  md.linkify.add('www.', {
    validate(text, pos, self) {
      const re = self.re.get_relative_proto_validator();
      re.lastIndex = pos;
      const match = re.exec(text);
      return match ? match[0].length : 0;
    },
    normalize(match) {
      match.url = `http://${match.url}`;
    },
  });
  md.use(taskLists);
  return md;
}

const md = createRenderer();

/**
 * Renders one block produced by `splitBlocks` (or any Markdown fragment) to HTML, as is: no
 * front matter handling, no Liquid rewriting. Raw HTML passes through; sanitise before display.
 */
export function renderBlock(source: string): string {
  return md.render(source);
}

/**
 * Renders a whole post: front matter is dropped, Jekyll URL idioms are resolved on a Jekyll site
 * only (`resolveLiquidUrls`; they are Jekyll's, not Hugo's, Astro's or Eleventy's), and the body
 * is rendered in one go. Concatenating `renderBlock` over `splitBlocks` of that body gives the
 * same HTML for ordinary documents.
 */
export function renderMarkdown(source: string, kind?: SiteKind): string {
  return md.render(bodyToRender(source.slice(splitFrontMatter(source).bodyStart), kind));
}

/** A post's body as the site's generator sees it before Markdown: Jekyll's URL idioms resolved on a Jekyll site. */
export function bodyToRender(body: string, kind?: SiteKind): string {
  return kind === 'jekyll' ? resolveLiquidUrls(body) : body;
}
