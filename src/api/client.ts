import {
  channelNames,
  type ChannelInput,
  type ChannelName,
  type ChannelOutput,
  type EventName,
  type EventPayloads,
} from './contract';
import type { Envelope } from './lanyard-error';

type Namespace = ChannelName extends infer C ? (C extends `${infer N}.${string}` ? N : never) : never;
type CallOf<C extends ChannelName, R> = [ChannelInput<C>] extends [undefined] ? () => R : (arg: ChannelInput<C>) => R;
type ApiShape<Wrap extends 'envelope' | 'value'> = {
  [N in Namespace]: {
    [C in ChannelName as C extends `${N}.${infer M}` ? M : never]: CallOf<
      C,
      Promise<Wrap extends 'envelope' ? Envelope<ChannelOutput<C>> : ChannelOutput<C>>
    >;
  };
} & {
  /** Subscribes to a main-process event; returns the unsubscribe function. */
  on<E extends EventName>(name: E, listener: (payload: EventPayloads[E]) => void): () => void;
};

/** The API as the preload exposes it: named functions that answer with envelopes. */
export type BridgeApi = ApiShape<'envelope'>;
/** The API as renderer code uses it: plain results, failures thrown as LanyardError. */
export type LanyardApi = ApiShape<'value'>;

/** How a bridge reaches the main-process dispatcher: Electron IPC, or Playwright in tests. */
export interface BridgeTransport {
  invoke(channel: ChannelName, arg: unknown): Promise<Envelope<unknown>>;
  subscribe(listener: (name: string, payload: unknown) => void): () => void;
}

function buildShape(
  call: (channel: ChannelName, arg: unknown) => Promise<unknown>,
): Record<string, Record<string, unknown>> {
  const api: Record<string, Record<string, unknown>> = {};
  for (const channel of channelNames) {
    const [namespace, method] = channel.split('.') as [string, string];
    (api[namespace] ??= {})[method] = (arg?: unknown) => call(channel, arg);
  }
  return api;
}

/** Builds the narrow, named API the preload exposes; it never hands out the transport itself. */
export function createBridgeApi(transport: BridgeTransport): BridgeApi {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  transport.subscribe((name, payload) => {
    for (const listener of listeners.get(name) ?? []) listener(payload);
  });
  const api = buildShape((channel, arg) => transport.invoke(channel, arg)) as unknown as BridgeApi;
  api.on = (name, listener) => {
    const set = listeners.get(name) ?? new Set();
    listeners.set(name, set);
    const typed = listener as (payload: unknown) => void;
    set.add(typed);
    return () => set.delete(typed);
  };
  return api;
}
