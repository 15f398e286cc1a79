import { useDeferredValue, useMemo, useState } from 'react';
import type { PostSummary } from '../../../src/posts/post-types';
import { filterPosts, oldestFirst } from '../lib/post-filter';
import { NewPostForm } from './NewPostForm';
import { PostItem } from './PostItem';

interface PostListProps {
  posts: PostSummary[] | null;
  activeId: string | null;
  /** Posts published locally and waiting to be pushed. */
  queuedIds: ReadonlySet<string>;
  width: number;
  creating: boolean;
  onOpen: (id: string) => void;
  onStartCreating: () => void;
  onCancelCreating: () => void;
  onCreate: (title: string) => Promise<boolean>;
  /** The site's events; when there are any, the list can show one event's posts. */
  events?: ReadonlyArray<{ id: string; name: string }>;
}

const noEvents: ReadonlyArray<{ id: string; name: string }> = [];

function emptyNote(posts: readonly PostSummary[], eventId: string | null): string {
  if (posts.length === 0) return 'No posts yet. Start one with “New post”.';
  if (eventId !== null && !posts.some((post) => post.event === eventId)) {
    return 'No posts for this event yet. Start one with “New day post”.';
  }
  return 'No post title matches.';
}

/**
 * The "Posts" navigation: search, New post, a choice of event when the site has events, and
 * every post newest first, or one event's posts in order, Day 1 first.
 */
export function PostList(props: PostListProps) {
  const { posts, activeId, width, creating, events = noEvents } = props;
  const [query, setQuery] = useState('');
  const [chosenEvent, setChosenEvent] = useState<string | null>(null);
  // An event removed or renamed away shows every post again rather than an empty list.
  const eventId = chosenEvent !== null && events.some((event) => event.id === chosenEvent) ? chosenEvent : null;
  // Thousands of posts filter without holding up the search box.
  const deferredQuery = useDeferredValue(query);
  const shown = useMemo(() => {
    const found = filterPosts(posts ?? [], deferredQuery, eventId);
    return eventId === null ? found : oldestFirst(found);
  }, [posts, deferredQuery, eventId]);

  return (
    <nav aria-label="Posts" id="post-list" className="post-list" style={{ width }}>
      <div className="post-list-header">
        <input
          type="search"
          className="search"
          aria-label="Search posts"
          placeholder="Search posts"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <button type="button" className="button primary" onClick={props.onStartCreating} title="New post (Ctrl/⌘+N)">
          New post
        </button>
        {events.length > 0 && (
          <select
            className="search event-filter"
            aria-label="Show posts of event"
            value={eventId ?? ''}
            onChange={(event) => setChosenEvent(event.target.value === '' ? null : event.target.value)}
          >
            <option value="">All posts</option>
            {events.map((event) => (
              <option key={event.id} value={event.id}>
                {event.name}
              </option>
            ))}
          </select>
        )}
      </div>
      {creating && <NewPostForm onCreate={props.onCreate} onCancel={props.onCancelCreating} />}
      {posts === null ? (
        <p className="list-note">Loading posts…</p>
      ) : shown.length === 0 ? (
        <p className="list-note">{emptyNote(posts, eventId)}</p>
      ) : (
        <ul className="post-items">
          {shown.map((post) => (
            <li key={post.id}>
              <PostItem
                post={post}
                active={post.id === activeId}
                queued={props.queuedIds.has(post.id)}
                onOpen={props.onOpen}
              />
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
