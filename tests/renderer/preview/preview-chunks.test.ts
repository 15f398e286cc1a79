import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PreviewChunks, startsFlush } from '../../../renderer/src/preview/preview-chunks';
import { FakeElement } from './fake-dom';

describe('startsFlush', () => {
  it('is true for blocks whose first element has no top margin', () => {
    for (const markdown of [
      'Some text.',
      '- item',
      '1. item',
      '> quote',
      '```js\ncode\n```',
      '| a |\n|---|',
      '#hashtag',
    ])
      expect(startsFlush(markdown), markdown).toBe(true);
  });

  it('is false for headings, rules and raw HTML', () => {
    for (const markdown of [
      '# Title',
      '### Title',
      '#',
      'Title\n=====',
      'Title\n---',
      '---',
      '* * *',
      '___',
      '<figure>',
    ])
      expect(startsFlush(markdown), markdown).toBe(false);
  });

  it('looks past the reference definitions put in front of a block', () => {
    expect(startsFlush('[ref0]: https://example.com/zero\n\n## Title [x][ref0]')).toBe(false);
    expect(startsFlush('[ref0]: https://example.com/zero\n\nText [x][ref0]')).toBe(true);
  });
});

function setUp(headings: ReadonlySet<FakeElement> = new Set()) {
  const container = new FakeElement('section');
  const chunks = new PreviewChunks(container as unknown as HTMLElement, (element) => !headings.has(element as never));
  const arrange = (elements: FakeElement[]) => chunks.arrange(elements as unknown as HTMLElement[]);
  const blocks = (count: number) =>
    Array.from({ length: count }, (_, n) => new FakeElement('p', container.moves, `b${n}`));
  const shown = () => container.children.flatMap((chunk) => chunk.children);
  const sizes = () => container.children.map((chunk) => chunk.childElementCount);
  return { container, arrange, blocks, shown, sizes };
}

describe('PreviewChunks', () => {
  it('splits a first render into chunks of about 32 blocks, starting at flush blocks', () => {
    const headings = new Set<FakeElement>();
    const { arrange, blocks, shown, sizes, container } = setUp(headings);
    const all = blocks(100);
    headings.add(all[32] as FakeElement);
    arrange(all);
    expect(shown()).toEqual(all);
    expect(sizes()).toEqual([33, 32, 35]);
    expect(container.children.every((chunk) => chunk.className === 'preview-chunk')).toBe(true);
  });

  it('moves nothing when the blocks are unchanged, and only a new block when one is added', () => {
    const { arrange, blocks, shown, container } = setUp();
    const all = blocks(80);
    arrange(all);
    container.moves.count = 0;
    arrange(all);
    expect(container.moves.count).toBe(0);

    const added = new FakeElement('p', container.moves, 'new');
    const withNew = [...all.slice(0, 40), added, ...all.slice(40)];
    arrange(withNew);
    expect(shown()).toEqual(withNew);
    expect(container.moves.count).toBe(1);
  });

  it('keeps any sequence of edits in order, with no empty or oversized chunk', () => {
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 90 }) }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 90 }) }),
      fc.record({ kind: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 25 }), (edits) => {
        const { arrange, blocks, shown, sizes } = setUp();
        let list = blocks(50);
        arrange(list);
        for (const step of edits) {
          const at = step.at % (list.length + 1);
          if (step.kind === 'insert') list = [...list.slice(0, at), ...blocks(step.count), ...list.slice(at)];
          else if (step.kind === 'delete') {
            for (const gone of list.slice(at, at + step.count)) gone.remove();
            list = [...list.slice(0, at), ...list.slice(at + step.count)];
          } else if (list.length > 0) {
            const [moved] = list.splice(at % list.length, 1);
            list.splice(step.to % (list.length + 1), 0, moved as FakeElement);
          }
          arrange(list);
          expect(shown()).toEqual(list);
          expect(sizes().every((size) => size >= 1 && size <= 64)).toBe(true);
        }
      }),
    );
  });
});
