import { memo, useId } from 'react';
import type { PostSummary } from '../../../src/posts/post-types';
import { displayTitle, formatPostDate } from '../lib/format';

/**
 * One post in the list: a button named by the title alone (date and draft state describe it),
 * greyed and inert when the file can't be read, with the reason as its tooltip. The date and
 * badges sit beside the button, not in it, so its name holds all its visible text (WCAG 2.5.3);
 * the button still covers the whole row for the pointer (see post-list.css).
 */
export const PostItem = memo(function PostItem({
  post,
  active,
  queued,
  onOpen,
}: {
  post: PostSummary;
  active: boolean;
  /** Published locally, waiting for the network to push. */
  queued: boolean;
  onOpen: (id: string) => void;
}) {
  const describedBy = useId();
  const title = displayTitle(post);
  const unreadable = !post.readable;
  const problem = unreadable ? (post.problem ?? 'This file can’t be opened as text.') : undefined;
  return (
    <div className="post-row">
      <button
        type="button"
        className="post-item"
        aria-describedby={describedBy}
        aria-current={active ? 'page' : undefined}
        aria-disabled={unreadable || undefined}
        title={problem ?? post.problem ?? undefined}
        onClick={unreadable ? undefined : () => onOpen(post.id)}
      >
        <span className="post-item-title">{title}</span>
      </button>
      <span className="post-item-meta" id={describedBy}>
        {post.date && <time>{formatPostDate(post.date)}</time>}
        {post.draft && <span className="badge">Draft</span>}
        {queued && (
          <span className="badge badge-queued" title="Committed, waiting to be pushed">
            Queued
          </span>
        )}
        {unreadable && (
          <>
            <span className="badge badge-muted">Unreadable</span>
            <span className="visually-hidden">{problem}</span>
          </>
        )}
      </span>
    </div>
  );
});
