import { describe, expect, it } from 'vitest';
import {
  IMPORTS_AT_ONCE,
  ImportBatch,
  type BatchProgress,
  type BatchSteps,
} from '../../../renderer/src/images/import-batch';

interface Photo {
  name: string;
}

const photos = (...names: string[]): Photo[] => names.map((name) => ({ name }));

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

/** Records what a batch did; `importOne` is given per test. */
function recorder(importOne: (photo: Photo) => Promise<string>) {
  const log = {
    started: [] as string[],
    placed: [] as string[],
    failed: [] as string[],
    progress: [] as BatchProgress[],
    inFlight: 0,
    mostInFlight: 0,
  };
  const steps: BatchSteps<Photo, string> = {
    importOne: async (photo) => {
      log.started.push(photo.name);
      log.mostInFlight = Math.max(log.mostInFlight, ++log.inFlight);
      try {
        return await importOne(photo);
      } finally {
        log.inFlight--;
      }
    },
    place: (photo, url) => log.placed.push(`${photo.name} → ${url}`),
    fail: (photo, error) => log.failed.push(`${photo.name}: ${(error as Error).message}`),
    progress: (progress) => log.progress.push(progress),
  };
  return { log, steps };
}

/** Imports that wait until the test settles them by name: `imports.get('b.jpg').resolve(...)`. */
function heldImports() {
  const held = new Map<string, ReturnType<typeof deferred<string>>>();
  const importOne = (photo: Photo) => {
    const pending = deferred<string>();
    held.set(photo.name, pending);
    return pending.promise;
  };
  const get = (name: string) => {
    const pending = held.get(name);
    if (!pending) throw new Error(`${name} was not started`);
    return pending;
  };
  return { importOne, get };
}

/** Lets every settled promise's continuations run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('ImportBatch', () => {
  it('keeps two photos in flight and places them in the order chosen, whichever finishes first', async () => {
    expect(IMPORTS_AT_ONCE).toBe(2);
    const imports = heldImports();
    const { log, steps } = recorder(imports.importOne);
    const running = new ImportBatch(photos('a.jpg', 'b.jpg', 'c.jpg', 'd.jpg'), steps).run();
    await settle();
    expect(log.started).toEqual(['a.jpg', 'b.jpg']);

    imports.get('b.jpg').resolve('/img/b.jpg');
    await settle();
    expect(log.started).toEqual(['a.jpg', 'b.jpg', 'c.jpg']);
    expect(log.placed).toEqual([]);
    imports.get('c.jpg').resolve('/img/c.jpg');
    await settle();
    expect(log.started).toEqual(['a.jpg', 'b.jpg', 'c.jpg', 'd.jpg']);
    expect(log.placed).toEqual([]);

    imports.get('a.jpg').resolve('/img/a.jpg');
    await settle();
    expect(log.placed).toEqual(['a.jpg → /img/a.jpg', 'b.jpg → /img/b.jpg', 'c.jpg → /img/c.jpg']);
    imports.get('d.jpg').resolve('/img/d.jpg');
    expect(await running).toEqual({ total: 4, imported: 4, failed: 0, stopped: false });
    expect(log.placed.at(-1)).toBe('d.jpg → /img/d.jpg');
    expect(log.mostInFlight).toBe(2);
    // `current` is the earliest photo still in flight: the one the writer waits for.
    expect(log.progress).toEqual([
      { done: 0, total: 4, current: 'a.jpg' },
      { done: 3, total: 4, current: 'd.jpg' },
      { done: 4, total: 4, current: null },
    ]);
  });

  it('never has more than two imports running, and places every photo in order', async () => {
    const delays = [9, 1, 5, 1, 1, 7, 2, 1, 4, 1];
    const names = delays.map((_, index) => `${index}.jpg`);
    const { log, steps } = recorder(async (photo) => {
      await new Promise((resolve) => setTimeout(resolve, delays[names.indexOf(photo.name)]));
      return `/img/${photo.name}`;
    });
    const outcome = await new ImportBatch(photos(...names), steps).run();
    expect(log.mostInFlight).toBe(2);
    expect(log.placed).toEqual(names.map((name) => `${name} → /img/${name}`));
    expect(outcome).toEqual({ total: 10, imported: 10, failed: 0, stopped: false });
    const dones = log.progress.map((progress) => progress.done);
    expect(dones).toEqual([...dones].sort((x, y) => x - y));
    expect(log.progress.at(-1)).toEqual({ done: 10, total: 10, current: null });
  });

  it('reports a failed photo in its turn and goes on with the rest', async () => {
    const imports = heldImports();
    const { log, steps } = recorder(imports.importOne);
    const running = new ImportBatch(photos('a.jpg', 'bad.jpg', 'c.jpg'), steps).run();
    await settle();
    imports.get('bad.jpg').reject(new Error('not a photo'));
    await settle();
    expect(log.failed).toEqual([]);
    expect(log.started).toEqual(['a.jpg', 'bad.jpg', 'c.jpg']);
    imports.get('a.jpg').resolve('/img/a.jpg');
    await settle();
    expect(log.placed).toEqual(['a.jpg → /img/a.jpg']);
    expect(log.failed).toEqual(['bad.jpg: not a photo']);
    imports.get('c.jpg').resolve('/img/c.jpg');
    expect(await running).toEqual({ total: 3, imported: 2, failed: 1, stopped: false });
    expect(log.placed).toEqual(['a.jpg → /img/a.jpg', 'c.jpg → /img/c.jpg']);
  });

  it('reports a photo the editor could not take as failed, and goes on', async () => {
    const { log, steps } = recorder((photo) => Promise.resolve(`/img/${photo.name}`));
    steps.place = (photo, url) => {
      if (photo.name === 'b.jpg') throw new Error('the post is read-only');
      log.placed.push(`${photo.name} → ${url}`);
    };
    const outcome = await new ImportBatch(photos('a.jpg', 'b.jpg', 'c.jpg'), steps).run();
    expect(log.failed).toEqual(['b.jpg: the post is read-only']);
    expect(log.placed).toEqual(['a.jpg → /img/a.jpg', 'c.jpg → /img/c.jpg']);
    expect(outcome).toEqual({ total: 3, imported: 2, failed: 1, stopped: false });
  });

  it('stopped mid-batch: starts no more, places what finished in order, says nothing of what the stop failed', async () => {
    const imports = heldImports();
    const { log, steps } = recorder(imports.importOne);
    const batch = new ImportBatch(photos('a.jpg', 'b.jpg', 'c.jpg', 'd.jpg'), steps);
    const running = batch.run();
    await settle();
    imports.get('b.jpg').resolve('/img/b.jpg');
    await settle();
    expect(log.started).toEqual(['a.jpg', 'b.jpg', 'c.jpg']);
    batch.stop();
    imports.get('c.jpg').resolve('/img/c.jpg');
    imports.get('a.jpg').reject(new Error('The import was cancelled.'));
    const outcome = await running;
    expect(log.started).toEqual(['a.jpg', 'b.jpg', 'c.jpg']);
    expect(log.placed).toEqual(['b.jpg → /img/b.jpg', 'c.jpg → /img/c.jpg']);
    expect(log.failed).toEqual([]);
    expect(outcome).toEqual({ total: 4, imported: 2, failed: 0, stopped: true });
    expect(log.progress.at(-1)).toEqual({ done: 2, total: 4, current: null });
    expect(batch.isStopped()).toBe(true);
  });

  it('still reports a photo that failed before the stop while it waited for an earlier one', async () => {
    const imports = heldImports();
    const { log, steps } = recorder(imports.importOne);
    const batch = new ImportBatch(photos('a.jpg', 'bad.jpg', 'c.jpg'), steps);
    const running = batch.run();
    await settle();
    imports.get('bad.jpg').reject(new Error('not a photo'));
    await settle();
    batch.stop();
    imports.get('a.jpg').resolve('/img/a.jpg');
    imports.get('c.jpg').reject(new Error('The import was cancelled.'));
    expect(await running).toEqual({ total: 3, imported: 1, failed: 1, stopped: true });
    expect(log.placed).toEqual(['a.jpg → /img/a.jpg']);
    expect(log.failed).toEqual(['bad.jpg: not a photo']);
  });

  it('places a photo that finished although the stop came while it ran, and starts no other', async () => {
    const imports = heldImports();
    const { log, steps } = recorder(imports.importOne);
    const batch = new ImportBatch(photos('a.jpg', 'b.jpg', 'c.jpg'), steps);
    const running = batch.run();
    batch.stop();
    await settle();
    imports.get('a.jpg').resolve('/img/a.jpg');
    imports.get('b.jpg').resolve('/img/b.jpg');
    const outcome = await running;
    expect(log.placed).toEqual(['a.jpg → /img/a.jpg', 'b.jpg → /img/b.jpg']);
    expect(log.started).toEqual(['a.jpg', 'b.jpg']);
    expect(outcome).toEqual({ total: 3, imported: 2, failed: 0, stopped: true });
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
    expect(log.progress).toEqual([{ done: 0, total: 1, current: null }]);
  });
});
