import { useCallback, useEffect, useRef, useState } from 'react';
import type { LanyardApi } from '../../../src/api/client';
import type { SiteSchema } from '../../../src/frontmatter/field-schema';
import type { SiteImage } from '../../../src/images/site-image';
import { useLanyardEvent } from '../hooks/useLanyardEvent';

/** Posts saved in a burst (autosave, a git pull) re-read the schema once. */
const RELOAD_DELAY_MS = 800;

/** What the form knows about the whole site: its fields and its images, kept fresh as posts change. */
export function useSiteSchema(
  api: LanyardApi,
  report: (error: unknown) => void,
): { schema: SiteSchema | null; images: SiteImage[] } {
  const [schema, setSchema] = useState<SiteSchema | null>(null);
  const [images, setImages] = useState<SiteImage[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const request = useRef(0);

  const load = useCallback(() => {
    const id = ++request.current;
    api.frontmatter.schema().then((loaded) => id === request.current && setSchema(loaded), report);
    api.images.list().then((loaded) => id === request.current && setImages(loaded), report);
  }, [api, report]);

  useEffect(() => {
    load();
    const requests = request;
    const timers = timer;
    return () => {
      // Answers to requests made before unmount are dropped.
      requests.current++;
      if (timers.current !== null) clearTimeout(timers.current);
    };
  }, [load]);

  useLanyardEvent(api, 'posts.changed', () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(load, RELOAD_DELAY_MS);
  });
  return { schema, images };
}
