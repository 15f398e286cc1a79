import type { BridgeApi, LanyardApi } from './client';
import { LanyardError, type Envelope } from './lanyard-error';

type UntypedBridge = Record<string, Record<string, (arg?: unknown) => Promise<Envelope<unknown>>>>;

/**
 * Wraps the bridge for renderer code: a failed envelope becomes a thrown LanyardError. It takes
 * its names from the bridge the preload built from the contract, so the renderer never loads
 * the contract's argument schemas (zod and all): the main process checks every argument anyway.
 */
export function unwrapBridgeApi(bridge: BridgeApi): LanyardApi {
  const untyped = bridge as unknown as UntypedBridge;
  const api: Record<string, Record<string, unknown>> = {};
  for (const [namespace, methods] of Object.entries(untyped)) {
    if (typeof methods !== 'object' || methods === null) continue;
    for (const [method, call] of Object.entries(methods)) {
      if (typeof call !== 'function') continue;
      (api[namespace] ??= {})[method] = async (arg?: unknown) => {
        const envelope = await call(arg);
        if (envelope.ok) return envelope.value;
        throw new LanyardError(envelope.error.code, envelope.error.message);
      };
    }
  }
  const typed = api as unknown as LanyardApi;
  typed.on = (name, listener) => bridge.on(name, listener);
  return typed;
}
