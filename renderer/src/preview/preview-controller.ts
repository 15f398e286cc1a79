import { splitFrontMatter, type FrontMatterSplit } from '../../../src/frontmatter/split-front-matter';
import { renderBlock } from '../../../src/markdown/render-markdown';
import { bodyToRender } from '../../../src/markdown/render-markdown';
import type { SiteKind } from '../../../src/site/site-info';
import { BlockSplitter } from '../../../src/markdown/split-blocks';
import type { LiveText } from '../hooks/useLiveText';
import { IncrementalPreview, type BlockRenderer } from './incremental-preview';
import { sanitizeInto } from './sanitize-html';

/** Time slice for rendering placeholders of a big first render, in ms. */
const SLICE_MS = 10;

function countLines(text: string, end: number): number {
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}

const titlePatterns = {
  yaml: /^title:[ \t]*(.*)$/m,
  toml: /^title[ \t]*=[ \t]*(.*)$/m,
  json: /^\s*"title"\s*:\s*("(?:[^"\\]|\\.)*")\s*,?\s*$/m,
} as const;

/** The `title` of YAML, TOML or JSON front matter, unquoted, or null. */
export function frontMatterTitle(split: FrontMatterSplit): string | null {
  if (split.format === null || split.unclosed) return null;
  const match = titlePatterns[split.format].exec(split.raw);
  let title = match?.[1]?.trim() ?? '';
  const quote = title[0];
  if ((quote === '"' || quote === "'") && title.endsWith(quote) && title.length >= 2) title = title.slice(1, -1);
  return title || null;
}

/** GitHub/kramdown-style heading id: lower case, punctuation dropped, spaces to dashes. */
export function headingSlug(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s+/g, '-');
}

/**
 * Everything the preview does outside React: takes each edit as a reference and renders it
 * right after the keystroke's frame has painted (the editor never waits for the preview, and
 * the preview shows the change in the next frame), slices big first renders, and keeps the
 * scroll position near the editor's top line.
 */
export class PreviewController {
  private readonly engine: IncrementalPreview;
  private readonly splitter = new BlockSplitter();
  private readonly channel = new MessageChannel();
  private source: LiveText | null = null;
  private postId: string | null = null;
  private dirty = false;
  private visible = true;
  private topLine = 0;
  private syncScroll = false;
  private frame = 0;
  private taskQueued = false;
  private disposed = false;

  constructor(
    private readonly scroller: HTMLElement,
    private readonly content: HTMLElement,
    private readonly onTitle: (title: string | null) => void,
    private readonly siteKind: SiteKind,
    private assetBaseUrl: string,
  ) {
    this.engine = new IncrementalPreview(content, this.renderer());
    this.channel.port1.onmessage = () => {
      this.taskQueued = false;
      this.run();
    };
  }

  /** The site's files are served from elsewhere: everything is rendered again. */
  setAssetBaseUrl(assetBaseUrl: string): void {
    if (assetBaseUrl === this.assetBaseUrl) return;
    this.assetBaseUrl = assetBaseUrl;
    this.restart();
  }

  /**
   * The open post changed: an edit, or another post (then everything is rendered again). Only
   * the reference is kept here, on the typing path; the text is read when the preview renders.
   */
  setSource(source: LiveText | null): void {
    this.source = source;
    const postId = source?.id ?? null;
    if (postId !== this.postId) {
      this.postId = postId;
      this.restart();
    }
    this.dirty = true;
    this.schedule();
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
    if (visible) {
      this.syncScroll = true;
      this.schedule();
    }
  }

  /** Scrolls so that the block holding `line` (0-based, whole document) is at the top. */
  setTopLine(line: number): void {
    this.topLine = line;
    this.syncScroll = true;
    this.schedule();
  }

  /** Scrolls to an element of the preview, as for an in-page `#anchor` link. */
  scrollToElement(element: Element, fraction = 0): void {
    const top = element.getBoundingClientRect().top - this.scroller.getBoundingClientRect().top;
    const offset = fraction * (element as HTMLElement).offsetHeight;
    this.scroller.scrollTop = Math.max(0, this.scroller.scrollTop + top + offset);
  }

  dispose(): void {
    this.disposed = true;
    cancelAnimationFrame(this.frame);
    this.channel.port1.onmessage = null;
    this.channel.port1.close();
    this.engine.reset();
  }

  private renderer(): BlockRenderer {
    const context = { postId: this.postId, assetBaseUrl: this.assetBaseUrl };
    return (markdown, target) => sanitizeInto(target, renderBlock(markdown), context);
  }

  private restart(): void {
    this.engine.setRenderer(this.renderer());
    this.splitter.reset();
    this.syncScroll = true;
    this.dirty = true;
    this.schedule();
  }

  private schedule(): void {
    if (this.disposed || !this.visible || this.frame !== 0 || this.taskQueued) return;
    // A task queued from a frame callback runs once that frame has painted. Even a cheap update
    // would add its style and layout work to the keystroke's frame if run in it.
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.queueTask();
    });
  }

  private queueTask(): void {
    if (this.taskQueued || this.disposed) return;
    this.taskQueued = true;
    this.channel.port2.postMessage(null);
  }

  private run(): void {
    if (this.disposed || !this.visible) return;
    let done: boolean;
    if (this.dirty) {
      this.dirty = false;
      done = this.apply(this.source?.read() ?? '');
    } else {
      done = this.engine.renderPending({ budgetMs: SLICE_MS, focusLine: this.topLine });
    }
    this.content.dataset.renderedBlocks = String(this.engine.lastRenderedBlocks);
    this.content.dataset.pendingBlocks = String(this.engine.pendingBlocks);
    if (this.syncScroll) {
      this.syncScroll = false;
      const block = this.engine.blockAtLine(this.topLine);
      // Blocks sit in chunks (see preview-chunks.ts): the first block is the first chunk's first child.
      const first = this.content.firstElementChild?.firstElementChild;
      if (!block || (this.topLine <= block.startLine && block.element === first)) {
        this.scroller.scrollTop = 0; // the top, title included
      } else {
        const span = Math.max(1, block.endLine - block.startLine);
        this.scrollToElement(block.element, Math.min(1, Math.max(0, (this.topLine - block.startLine) / span)));
      }
    }
    if (!done || this.dirty) this.queueTask();
  }

  private apply(text: string): boolean {
    const split = splitFrontMatter(text);
    this.onTitle(frontMatterTitle(split));
    const body = bodyToRender(text.slice(split.bodyStart), this.siteKind);
    const blocks = this.splitter.split(body, countLines(text, split.bodyStart));
    return this.engine.update(blocks, { budgetMs: SLICE_MS, focusLine: this.topLine });
  }
}
