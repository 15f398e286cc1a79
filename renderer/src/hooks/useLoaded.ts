import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';

/**
 * Loads a value once from the main process: `pending` until it answers, `fallback` (with the
 * error reported) if it fails. An answer that arrives after unmount is dropped. The setter lets
 * events replace the value later.
 */
export function useLoaded<T, P, F>(
  load: () => Promise<T>,
  pending: P,
  fallback: F,
  report: (error: unknown) => void,
): [T | P | F, Dispatch<SetStateAction<T | P | F>>] {
  const [value, setValue] = useState<T | P | F>(pending);
  useEffect(() => {
    let live = true;
    load().then(
      (loaded) => live && setValue(loaded),
      (error: unknown) => {
        report(error);
        if (live) setValue(fallback);
      },
    );
    return () => {
      live = false;
    };
  }, [load, fallback, report]);
  return [value, setValue];
}
