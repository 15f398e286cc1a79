import { useEffect, useState } from 'react';
import { readFrontMatterModel, type FrontMatterModel } from '../../../src/frontmatter/front-matter-model';
import type { LiveDoc } from '../documents/document-manager';
import type { Signal } from '../lib/signal';
import { frontMatterPrefix } from './front-matter-prefix';

/** The open post's front matter: its text (the document's first characters) and what the form shows. */
export interface LiveFrontMatter {
  id: string;
  prefix: string;
  model: FrontMatterModel;
}

/**
 * Follows the open post's front matter. Re-read at most once a frame, and only when the
 * front matter's text changed, so typing in the body never re-renders the form.
 */
export function useFrontMatter(source: Signal<LiveDoc | null>): LiveFrontMatter | null {
  const [value, setValue] = useState<LiveFrontMatter | null>(null);
  useEffect(() => {
    let frame = 0;
    const read = () => {
      frame = 0;
      const live = source.get();
      if (!live) return setValue(null);
      const prefix = frontMatterPrefix(live.doc);
      setValue((current) =>
        current && current.id === live.id && current.prefix === prefix
          ? current
          : { id: live.id, prefix, model: readFrontMatterModel(prefix) },
      );
    };
    read();
    const unsubscribe = source.subscribe(() => {
      if (frame === 0) frame = requestAnimationFrame(read);
    });
    return () => {
      unsubscribe();
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [source]);
  return value;
}
