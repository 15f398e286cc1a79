import { splitFrontMatter, type FrontMatterSplit } from '../../../src/frontmatter/split-front-matter';
import { renderBlock } from '../../../src/markdown/render-markdown';
import { bodyToRender } from '../../../src/markdown/render-markdown';
import type { SiteKind } from '../../../src/site/site-info';
import { BlockSplitter } from '../../../src/markdown/split-blocks';
import { IncrementalPreview, type BlockRenderer } from './incremental-preview';
import { sanitizeInto } from './sanitize-html';

/** Time slice for rendering placeholders of a big first render, in ms. */
const SLICE_MS = 10;
/** Above this cost, an update waits until the keystroke's frame has painted. */
const SAME_FRAME_MS = 3;

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
 * Everything the preview does outside React: coalesces text changes and applies them after
 * the keystroke (same frame when cheap, after paint when not), slices big first renders, and
 * keeps the scroll position near the editor's top line.
 */
export class PreviewController {
  private readonly engine: IncrementalPreview;
  private readonly splitter = new BlockSplitter();
  private readonly channel = new MessageChannel();
  private text: string | null = null;
  private dirty = false;
  private visible = true;
  private topLine = 0;
  private syncScroll = false;
  private frame = 0;
  private taskQueued = false;
  private lastUpdateMs = 0;
  private disposed = false;

  constructor(
    private readonly scroller: HTMLElement,
    private readonly content: HTMLElement,
    private readonly onTitle: (title: string | null) => void,
    private readonly siteKind: SiteKind,
  ) {
    this.engine = new IncrementalPreview(content, this.renderer(null, ''));
    this.channel.port1.onmessage = () => {
      this.taskQueued = false;
      this.run();
    };
  }

  /** The post and the asset base changed: everything is rendered again. */
  setContext(postId: string | null, assetBaseUrl: string): void {
    this.engine.setRenderer(this.renderer(postId, assetBaseUrl));
    this.splitter.reset();
    this.syncScroll = true;
    this.dirty = this.text !== null;
    this.schedule();
  }

  setText(text: string): void {
    // No equality check: comparing two 1 MB strings would cost the keystroke time.
    this.text = text;
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

  private renderer(postId: string | null, assetBaseUrl: string): BlockRenderer {
    const context = { postId, assetBaseUrl };
    return (markdown, target) => sanitizeInto(target, renderBlock(markdown), context);
  }

  private schedule(): void {
    if (this.disposed || !this.visible || this.frame !== 0 || this.taskQueued) return;
    // Cheap updates land before the keystroke's frame paints; costly ones right after it, so
    // the editor never waits for the preview.
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.lastUpdateMs <= SAME_FRAME_MS && this.engine.pendingBlocks === 0) this.run();
      else this.queueTask();
    });
  }

  private queueTask(): void {
    if (this.taskQueued || this.disposed) return;
    this.taskQueued = true;
    this.channel.port2.postMessage(null);
  }

  private run(): void {
    if (this.disposed || !this.visible) return;
    const started = performance.now();
    let done: boolean;
    if (this.dirty && this.text !== null) {
      this.dirty = false;
      done = this.apply(this.text);
      this.lastUpdateMs = performance.now() - started;
    } else {
      done = this.engine.renderPending({ budgetMs: SLICE_MS, focusLine: this.topLine });
    }
    this.content.dataset.renderedBlocks = String(this.engine.lastRenderedBlocks);
    this.content.dataset.pendingBlocks = String(this.engine.pendingBlocks);
    if (this.syncScroll) {
      this.syncScroll = false;
      const block = this.engine.blockAtLine(this.topLine);
      if (!block || (this.topLine <= block.startLine && block.element === this.content.firstElementChild)) {
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
