import { describe, expect, it } from 'vitest';
import { ImportBatch, type BatchProgress, type BatchSteps } from '../../../renderer/src/images/import-batch';

interface Photo {
  name: string;
}

const photos = (...names: string[]): Photo[] => names.map((name) => ({ name }));

/** Records what a batch did; `importOne` is given per test. */
function recorder(importOne: (photo: Photo) => Promise<string>) {
  const log = {
    started: [] as string[],
    placed: [] as string[],
    failed: [] as string[],
    progress: [] as BatchProgress[],
  };
  const steps: BatchSteps<Photo, string> = {
    importOne: (photo) => {
      log.started.push(photo.name);
      return importOne(photo);
    },
    place: (photo, url) => log.placed.push(`${photo.name} → ${url}`),
    fail: (photo, error) => log.failed.push(`${photo.name}: ${(error as Error).message}`),
    progress: (progress) => log.progress.push(progress),
  };
  return { log, steps };
}

/** A promise settled from outside, to hold an import in flight. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

describe('ImportBatch', () => {
  it('imports one photo at a time, in order, placing each as it finishes', async () => {
    let inFlight = 0;
    let most = 0;
    const { log, steps } = recorder(async (photo) => {
      most = Math.max(most, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1));
      inFlight--;
      return `/img/${photo.name}`;
    });
    const outcome = await new ImportBatch(photos('a.jpg', 'b.jpg', 'c.jpg'), steps).run();
    expect(most).toBe(1);
    expect(log.placed).toEqual(['a.jpg → /img/a.jpg', 'b.jpg → /img/b.jpg', 'c.jpg → /img/c.jpg']);
    expect(log.progress).toEqual([
      { done: 0, total: 3, current: 'a.jpg' },
      { done: 1, total: 3, current: 'b.jpg' },
      { done: 2, total: 3, current: 'c.jpg' },
      { done: 3, total: 3, current: null },
    ]);
    expect(outcome).toEqual({ total: 3, imported: 3, failed: 0, stopped: false });
  });

  it('reports a failed photo and goes on with the rest', async () => {
    const { log, steps } = recorder((photo) =>
      photo.name === 'bad.jpg' ? Promise.reject(new Error('not a photo')) : Promise.resolve(`/img/${photo.name}`),
    );
    const outcome = await new ImportBatch(photos('a.jpg', 'bad.jpg', 'c.jpg'), steps).run();
    expect(log.failed).toEqual(['bad.jpg: not a photo']);
    expect(log.placed).toEqual(['a.jpg → /img/a.jpg', 'c.jpg → /img/c.jpg']);
    expect(outcome).toEqual({ total: 3, imported: 2, failed: 1, stopped: false });
  });

  it('stopped mid-batch: finished photos stay, the one in flight is not reported, the rest never start', async () => {
    const second = deferred<string>();
    const { log, steps } = recorder((photo) =>
      photo.name === 'b.jpg' ? second.promise : Promise.resolve('/img/a.jpg'),
    );
    const batch = new ImportBatch(photos('a.jpg', 'b.jpg', 'c.jpg', 'd.jpg'), steps);
    const running = batch.run();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(log.started).toEqual(['a.jpg', 'b.jpg']);
    batch.stop();
    second.reject(new Error('The import was cancelled.'));
    const outcome = await running;
    expect(log.started).toEqual(['a.jpg', 'b.jpg']);
    expect(log.placed).toEqual(['a.jpg → /img/a.jpg']);
    expect(log.failed).toEqual([]);
    expect(outcome).toEqual({ total: 4, imported: 1, failed: 0, stopped: true });
    expect(batch.isStopped()).toBe(true);
  });

  it('places a photo that finished although the stop came while it ran, and starts no other', async () => {
    const first = deferred<string>();
    const { log, steps } = recorder(() => first.promise);
    const batch = new ImportBatch(photos('a.jpg', 'b.jpg'), steps);
    const running = batch.run();
    batch.stop();
    first.resolve('/img/a.jpg');
    const outcome = await running;
    expect(log.placed).toEqual(['a.jpg → /img/a.jpg']);
    expect(log.started).toEqual(['a.jpg']);
    expect(outcome).toEqual({ total: 2, imported: 1, failed: 0, stopped: true });
  });

  it('counts a batch whose last photo finished as complete even when stopped after it started', async () => {
    const last = deferred<string>();
    const { steps } = recorder(() => last.promise);
    const batch = new ImportBatch(photos('only.jpg'), steps);
    const running = batch.run();
    batch.stop();
    last.resolve('/img/only.jpg');
    expect(await running).toEqual({ total: 1, imported: 1, failed: 0, stopped: false });
  });

  it('stopped before it ran, tries nothing', async () => {
    const { log, steps } = recorder(() => Promise.resolve('/x'));
    const batch = new ImportBatch(photos('a.jpg'), steps);
    batch.stop();
    expect(await batch.run()).toEqual({ total: 1, imported: 0, failed: 0, stopped: true });
    expect(log.started).toEqual([]);
  });
});
