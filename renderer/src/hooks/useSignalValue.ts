import { useSyncExternalStore } from 'react';
import type { Signal } from '../lib/signal';

/** The signal's current value; the component renders again when it changes. */
export function useSignalValue<T>(signal: Signal<T>): T {
  return useSyncExternalStore(signal.subscribe, signal.get);
}
