import { describe, expect, it } from 'vitest';
import { forEachInSlices } from '../../../../src/posts/node/for-each-in-slices';

function busyFor(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // Stands in for a burst of synchronous file reads.
  }
}

describe('forEachInSlices', () => {
  it('runs every task in order', async () => {
    const seen: number[] = [];
    await forEachInSlices([1, 2, 3, 4], (item) => seen.push(item));
    expect(seen).toEqual([1, 2, 3, 4]);
  });

  it('gives the event loop a turn between long slices, so other work is not held up until the end', async () => {
    const order: string[] = [];
    setImmediate(() => order.push('other work'));
    await forEachInSlices([1, 2, 3], (item) => {
      busyFor(10);
      order.push(`task ${item}`);
    });
    expect(order.indexOf('other work')).toBeGreaterThan(-1);
    expect(order.indexOf('other work')).toBeLessThan(order.indexOf('task 3'));
  });

  it('visits items added to an array while it runs, as a folder scan does', async () => {
    const queue = ['a'];
    await forEachInSlices(queue, (item) => {
      if (item.length < 3) queue.push(`${item}a`);
    });
    expect(queue).toEqual(['a', 'aa', 'aaa']);
  });
});
