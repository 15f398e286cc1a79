/** Shown when no site is open: one clear way forward, or a blog to clone. */
export function NoSite({ onChoose, onOpenFromGit }: { onChoose: () => void; onOpenFromGit: () => void }) {
  return (
    <main className="fullscreen-message">
      <h1>No blog is open</h1>
      <p>
        Choose the folder your blog is built from: a Jekyll, Hugo, Astro or Eleventy site, or any folder of Markdown
        posts.
      </p>
      <button type="button" className="button primary" onClick={onChoose}>
        Open a site folder…
      </button>
      <button type="button" className="button no-site-secondary" onClick={onOpenFromGit}>
        Open blog from git URL…
      </button>
    </main>
  );
}
