import { useDeferredValue, useMemo, useState } from 'react';
import type { PostSummary } from '../../../src/posts/post-types';
import { filterPosts } from '../lib/post-filter';
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
}

/** The "Posts" navigation: search, New post, and every post newest first. */
export function PostList(props: PostListProps) {
  const { posts, activeId, width, creating } = props;
  const [query, setQuery] = useState('');
  // Thousands of posts filter without holding up the search box.
  const deferredQuery = useDeferredValue(query);
  const shown = useMemo(() => filterPosts(posts ?? [], deferredQuery), [posts, deferredQuery]);

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
      </div>
      {creating && <NewPostForm onCreate={props.onCreate} onCancel={props.onCancelCreating} />}
      {posts === null ? (
        <p className="list-note">Loading posts…</p>
      ) : shown.length === 0 ? (
        <p className="list-note">
          {posts.length === 0 ? 'No posts yet. Start one with “New post”.' : 'No post title matches.'}
        </p>
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
