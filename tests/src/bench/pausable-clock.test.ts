import { describe, expect, it } from 'vitest';
import { pausableClock } from '../../../bench/pausable-clock';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('pausableClock', () => {
  it('leaves untimed work off the clock and keeps counting around it', async () => {
    const clock = pausableClock();
    const start = clock.now();
    await wait(20);
    const answer = await clock.untimed(async () => {
      await wait(200);
      return 'done';
    });
    await wait(20);
    const elapsed = clock.now() - start;
    expect(answer).toBe('done');
    expect(elapsed).toBeGreaterThanOrEqual(35);
    expect(elapsed).toBeLessThan(150);
  });

  it('stops the clock for untimed work that fails, and passes the failure on', async () => {
    const clock = pausableClock();
    const start = clock.now();
    await expect(
      clock.untimed(async () => {
        await wait(200);
        throw new Error('cache write failed');
      }),
    ).rejects.toThrow('cache write failed');
    expect(clock.now() - start).toBeLessThan(100);
  });
});
