import type { MarkdownBlock } from '../../../src/markdown/split-blocks';
import { PreviewChunks, startsFlush } from './preview-chunks';

/** Renders one block's Markdown into `target` (replacing its children), already sanitised. */
export type BlockRenderer = (markdown: string, target: HTMLElement) => void;

/** Options for `IncrementalPreview.update`. */
export interface UpdateOptions {
  /**
   * Milliseconds to spend rendering before leaving the remaining new blocks as sized
   * placeholders; call `update` again (e.g. next frame) to go on. Default: no limit.
   */
  budgetMs?: number;
  /** Render blocks from this document line onwards first (what the writer is looking at). */
  focusLine?: number;
}

interface LiveBlock {
  key: string;
  element: HTMLElement;
  line: number;
  /** Markdown still to render, while the element is a placeholder. */
  pending: string | null;
  /** The update that last placed this block. */
  mark: number;
}

const BLOCK_CLASS = 'preview-block';
const PENDING_CLASS = 'preview-block-pending';

/**
 * Owns a container element and shows a list of Markdown blocks in it, touching only what
 * changed: blocks whose key is still present keep their element (moved if needed, `data-line`
 * updated), new keys are rendered, gone ones are removed into a bounded cache so that undo or
 * retyping a deleted character reuses them. Blocks sit in chunks (`PreviewChunks`) so that the
 * browser skips the ones off screen.
 */
export class IncrementalPreview {
  /** Blocks rendered by the last `update` call. */
  lastRenderedBlocks = 0;
  /** Blocks whose element was kept as it was by the last `update`. */
  lastReusedBlocks = 0;
  /** Blocks taken from the cache of removed elements by the last `update`. */
  lastCachedBlocks = 0;
  /** Blocks removed by the last `update`. */
  lastRemovedBlocks = 0;
  /** Blocks left as placeholders by the last `update` (budget exhausted). */
  pendingBlocks = 0;
  /** Blocks rendered since creation or the last `reset`. */
  totalRenderedBlocks = 0;

  private live = new Map<string, LiveBlock>();
  private order: LiveBlock[] = [];
  private cache = new Map<string, HTMLElement>();
  private generation = 0;
  /** Elements of blocks that begin with a top margin (headings, rules, HTML). */
  private readonly spacedAbove = new WeakSet<Element>();
  private readonly chunks: PreviewChunks;

  constructor(
    private readonly container: HTMLElement,
    private render: BlockRenderer,
    private readonly cacheSize = 300,
  ) {
    container.replaceChildren();
    this.chunks = new PreviewChunks(container, (element) => !this.spacedAbove.has(element));
  }

  /** Shows `blocks`; returns false when some are still placeholders (see `budgetMs`). */
  update(blocks: readonly MarkdownBlock[], options: UpdateOptions = {}): boolean {
    const mark = ++this.generation;
    const next = new Array<LiveBlock>(blocks.length);
    const added: LiveBlock[] = [];
    let reused = 0;
    let cached = 0;
    for (let n = 0; n < blocks.length; n++) {
      const block = blocks[n] as MarkdownBlock;
      let live = this.live.get(block.key);
      if (live && live.mark !== mark) {
        reused++;
      } else {
        const element = this.takeCached(block.key);
        if (element) cached++;
        live = {
          key: block.key,
          element: element ?? this.placeholder(block.text),
          line: -1,
          pending: element ? null : block.text,
          mark,
        };
        added.push(live);
      }
      live.mark = mark;
      if (live.line !== block.startLine) {
        live.line = block.startLine;
        live.element.dataset.line = String(block.startLine);
      }
      next[n] = live;
    }

    let removed = 0;
    for (const live of this.order) {
      if (live.mark === mark) continue;
      removed++;
      live.element.remove();
      if (this.live.get(live.key) === live) this.live.delete(live.key);
      if (live.pending === null) this.remember(live);
    }
    for (const live of added) this.live.set(live.key, live);
    // Kept elements are already in order; only added and moved ones are (re)inserted.
    this.chunks.arrange(next.map((live) => live.element));
    this.order = next;

    this.lastReusedBlocks = reused;
    this.lastCachedBlocks = cached;
    this.lastRemovedBlocks = removed;
    this.lastRenderedBlocks = 0;
    return this.renderPending(options);
  }

  /** Renders more placeholders left by a budgeted `update`; returns true when none are left. */
  renderPending(options: UpdateOptions = {}): boolean {
    const order = this.order;
    const deadline = options.budgetMs === undefined ? Infinity : performance.now() + options.budgetMs;
    let start = 0;
    if (options.focusLine !== undefined) {
      const focus = this.blockAtLine(options.focusLine);
      start = Math.max(
        0,
        order.findIndex((live) => live.element === focus?.element),
      );
    }
    let rendered = 0;
    let pending = 0;
    for (let k = 0; k < order.length; k++) {
      const live = order[(start + k) % order.length] as LiveBlock;
      if (live.pending === null) continue;
      // Always make progress, even on a tiny budget.
      if (rendered > 0 && performance.now() > deadline) {
        pending++;
        continue;
      }
      this.renderInto(live);
      rendered++;
    }
    this.lastRenderedBlocks += rendered;
    this.totalRenderedBlocks += rendered;
    this.pendingBlocks = pending;
    return pending === 0;
  }

  /** The block showing `line`: the last one starting at or before it, with its line range. */
  blockAtLine(line: number): { element: HTMLElement; startLine: number; endLine: number } | null {
    const order = this.order;
    let lo = 0;
    let hi = order.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((order[mid] as LiveBlock).line <= line) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    const block = order[Math.max(found, 0)];
    if (!block) return null;
    const following = order[Math.max(found, 0) + 1];
    return { element: block.element, startLine: block.line, endLine: following ? following.line : block.line + 1 };
  }

  /** Uses a new renderer (e.g. another post or asset base): everything is rendered again. */
  setRenderer(render: BlockRenderer): void {
    this.render = render;
    this.reset();
  }

  /** Empties the container and forgets every block and cached element. */
  reset(): void {
    this.container.replaceChildren();
    this.live.clear();
    this.cache.clear();
    this.order = [];
    this.totalRenderedBlocks = 0;
    this.pendingBlocks = 0;
  }

  private renderInto(live: LiveBlock): void {
    const element = live.element;
    try {
      this.render(live.pending ?? '', element);
    } catch (error) {
      const message = element.ownerDocument.createElement('pre');
      message.className = 'preview-error';
      message.textContent = `This block could not be shown: ${String(error)}`;
      element.replaceChildren(message);
    }
    element.classList.remove(PENDING_CLASS);
    element.removeAttribute('style');
    live.pending = null;
  }

  private placeholder(markdown: string): HTMLElement {
    const element = this.container.ownerDocument.createElement('div');
    element.className = `${BLOCK_CLASS} ${PENDING_CLASS}`;
    // Roughly the block's height, so scroll positions hold while it waits to be rendered.
    let lines = 1;
    for (let i = markdown.indexOf('\n'); i !== -1 && lines < 200; i = markdown.indexOf('\n', i + 1)) lines++;
    element.style.setProperty('--preview-lines', String(lines));
    // Kept with the element, which is reused only for the same Markdown.
    if (!startsFlush(markdown)) this.spacedAbove.add(element);
    return element;
  }

  private remember(live: LiveBlock): void {
    this.cache.delete(live.key);
    this.cache.set(live.key, live.element);
    if (this.cache.size > this.cacheSize) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
  }

  private takeCached(key: string): HTMLElement | undefined {
    const element = this.cache.get(key);
    if (element) this.cache.delete(key);
    return element;
  }
}
