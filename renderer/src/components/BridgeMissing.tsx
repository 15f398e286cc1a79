/** Shown instead of the app when the page has no `window.lanyard` to talk to. */
export function BridgeMissing() {
  return (
    <main className="fullscreen-message" role="alert">
      <h1>Lanyard’s bridge is missing</h1>
      <p>
        This window has no connection to Lanyard’s main process, so it cannot list, open or save posts. It happens when
        the page is opened on its own in a browser instead of inside the Lanyard app or its test harness.
      </p>
      <p>
        Start Lanyard with <code>npm start</code>.
      </p>
    </main>
  );
}
