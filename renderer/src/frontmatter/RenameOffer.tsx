import { useEffect, useState } from 'react';
import type { LanyardApi } from '../../../src/api/client';
import type { PublishState } from '../../../src/posts/post-types';
import { slugify } from '../../../src/posts/slug';
import type { DocumentManager } from '../documents/document-manager';
import { fileNameOf } from '../documents/post-buffer';

interface RenameOfferProps {
  api: LanyardApi;
  manager: DocumentManager;
  id: string;
  /** The title as the front matter has it now, null when it has none. */
  title: string | null;
  report: (error: unknown) => void;
}

const datePrefix = /^\d{4}-\d{2}-\d{2}-/;

function slugOfFile(id: string): string {
  const name = fileNameOf(id);
  const dot = name.lastIndexOf('.');
  return (dot > 0 ? name.slice(0, dot) : name).replace(datePrefix, '');
}

function renamedFile(id: string, slug: string): string {
  const name = fileNameOf(id);
  const dot = name.lastIndexOf('.');
  const prefix = datePrefix.exec(name)?.[0] ?? '';
  return `${prefix}${slug}${dot > 0 ? name.slice(dot) : ''}`;
}

/**
 * After the writer changes a post's title, offers to rename its file to match — only while the
 * post has never been published; a published post's file keeps its name, since its URL hangs on it.
 */
export function RenameOffer({ api, manager, id, title, report }: RenameOfferProps) {
  const [opened, setOpened] = useState<{ id: string; title: string | null } | null>(null);
  const [state, setState] = useState<{ id: string; value: PublishState } | null>(null);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // The title the post had when opened: a name that never matched it is the writer's choice.
  if (opened?.id !== id) setOpened({ id, title });

  useEffect(() => {
    let live = true;
    api.posts.publishState({ id }).then((value) => live && setState({ id, value }), report);
    return () => {
      live = false;
    };
  }, [api, id, report]);

  if (!opened || opened.id !== id || title === null || title.trim() === '' || title === opened.title) return null;
  // A bundle's `index.md` is named by its folder; its file is never renamed.
  if (/^_?index$/i.test(slugOfFile(id))) return null;
  const slug = slugify(title);
  if (slug === slugOfFile(id) || dismissed === `${id}\n${slug}` || state?.id !== id) return null;

  if (state.value === 'published') {
    return (
      <p className="bar bar-info rename-offer" role="note">
        This post is published, so its file keeps its name: renaming it would change its URL.
      </p>
    );
  }
  const target = renamedFile(id, slug);
  const rename = () => {
    setBusy(true);
    void manager
      .renameActive((current) => api.posts.rename({ id: current, title }).then((summary) => summary.id))
      .then((renamed) => renamed && setOpened({ id: renamed, title }))
      .finally(() => setBusy(false));
  };
  return (
    <div className="bar bar-info rename-offer" role="group" aria-label="Rename the file">
      <span>
        Rename the file to <code>{target}</code> to match the new title?
        {state.value === 'unknown' && ' If the post was published elsewhere, its URL would change.'}
      </span>
      <span className="bar-actions">
        <button type="button" className="button small primary" disabled={busy} onClick={rename}>
          Rename file
        </button>
        <button type="button" className="button small" disabled={busy} onClick={() => setDismissed(`${id}\n${slug}`)}>
          Keep the name
        </button>
      </span>
    </div>
  );
}
