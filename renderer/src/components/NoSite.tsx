/** Shown when no site is open: one clear way forward. */
export function NoSite({ onChoose }: { onChoose: () => void }) {
  return (
    <main className="fullscreen-message">
      <h1>No blog is open</h1>
      <p>Choose the folder your blog is built from: a Jekyll site, or any folder of Markdown posts.</p>
      <button type="button" className="button primary" onClick={onChoose}>
        Open a site folder…
      </button>
    </main>
  );
}
