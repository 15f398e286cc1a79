import { useEffect, useEffectEvent } from 'react';
import type { LanyardApi } from '../../../src/api/client';
import type { EventName, EventPayloads } from '../../../src/api/contract';

/** Listens to a main-process event for as long as the component is mounted. */
export function useLanyardEvent<E extends EventName>(
  api: LanyardApi,
  name: E,
  handler: (payload: EventPayloads[E]) => void,
): void {
  const onEvent = useEffectEvent(handler);
  useEffect(() => api.on(name, (payload) => onEvent(payload)), [api, name]);
}
