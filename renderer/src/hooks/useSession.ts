import { useCallback, useEffect, useRef } from 'react';
import type { LanyardApi } from '../../../src/api/client';
import type { SessionState } from '../../../src/posts/post-types';
import { defaultSession } from '../../../src/settings/settings-types';
import { useLoaded } from './useLoaded';

/** What a session update may change (the contract's `session.update` argument). */
export type SessionPatch = Partial<SessionState>;

/** Changes the session; `now` sends it to the main process at once instead of with the next batch. */
export type SessionUpdate = (patch: SessionPatch, options?: { now?: boolean }) => void;

/** Dragging a splitter sends a width per frame; the main process needs only where it ends. */
const PERSIST_DELAY_MS = 400;

/**
 * The writer's session for the open site (pane widths, preview, last post): null until loaded.
 * Changes apply at once and reach the main process shortly after, batched.
 */
export function useSession(
  api: LanyardApi,
  report: (error: unknown) => void,
): { session: SessionState | null; update: SessionUpdate } {
  const [session, setSession] = useLoaded(api.session.get, null, defaultSession, report);
  const pending = useRef<SessionPatch>({});
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const patch = pending.current;
    pending.current = {};
    if (Object.keys(patch).length > 0) api.session.update(patch).catch(report);
  }, [api, report]);

  const update = useCallback<SessionUpdate>(
    (patch, options) => {
      setSession((current) => (current ? { ...current, ...patch } : current));
      pending.current = { ...pending.current, ...patch };
      if (timer.current !== null) clearTimeout(timer.current);
      if (options?.now) flush();
      else timer.current = setTimeout(flush, PERSIST_DELAY_MS);
    },
    [flush, setSession],
  );

  useEffect(() => flush, [flush]);

  return { session, update };
}
