/**
 * `promise` itself, its failure counted as handled until someone awaits it: work started early
 * and awaited later must not count as an unhandled rejection if it fails in between.
 */
export function awaitLater<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}
