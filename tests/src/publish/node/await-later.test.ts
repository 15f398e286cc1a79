import { describe, expect, it } from 'vitest';
import { awaitLater } from '../../../../src/publish/node/await-later';

describe('awaitLater', () => {
  it('lets a failure wait for its awaiter without an unhandled rejection, and still hands it over', async () => {
    const unhandled: unknown[] = [];
    const listen = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', listen);
    try {
      const failing = awaitLater(Promise.reject(new Error('no ref')));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).toEqual([]);
      await expect(failing).rejects.toThrow('no ref');
      expect(await awaitLater(Promise.resolve(7))).toBe(7);
    } finally {
      process.off('unhandledRejection', listen);
    }
  });
});
