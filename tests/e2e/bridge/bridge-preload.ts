/**
 * The test harness's stand-in for `electron/preload/index.ts`: it builds the same narrow
 * `window.lanyard` API with `createBridgeApi`, but its transport is a Playwright binding
 * (`__lanyardInvoke`, answered by the real core's dispatcher) instead of `ipcRenderer`.
 * The harness bundles this file to an IIFE and runs it as an init script in every document.
 */
import { createBridgeApi, type BridgeTransport } from '../../../src/api/client';
import type { Envelope } from '../../../src/api/lanyard-error';

type EventSink = (name: string, payload: unknown) => void;

interface HarnessWindow {
  /** Installed by `context.exposeBinding` in the harness. */
  __lanyardInvoke?: (channel: string, arg: unknown) => Promise<Envelope<unknown>>;
}

const target = window as unknown as HarnessWindow;
const sinks = new Set<EventSink>();

const transport: BridgeTransport = {
  invoke(channel, arg) {
    const invoke = target.__lanyardInvoke;
    if (!invoke) return Promise.reject(new Error('The Lanyard test bridge is not installed in this document'));
    return invoke(channel, arg);
  },
  subscribe(sink) {
    sinks.add(sink);
    return () => sinks.delete(sink);
  },
};

// contextBridge.exposeInMainWorld hands the page a frozen, read-only copy; do the same.
const api = createBridgeApi(transport) as unknown as Record<string, unknown>;
for (const part of Object.values(api)) if (typeof part === 'object' && part !== null) Object.freeze(part);
Object.defineProperty(window, 'lanyard', { value: Object.freeze(api), enumerable: true });
Object.defineProperty(window, '__lanyardEvent', {
  value: (name: string, payload: unknown) => {
    for (const sink of sinks) sink(name, payload);
  },
});
