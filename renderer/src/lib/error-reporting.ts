import type { LanyardApi } from '../../../src/api/client';

/** The largest message and stack `app.reportError` accepts (see the contract). */
const MAX_MESSAGE = 2000;
const MAX_STACK = 8000;

const clip = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** A report for `app.reportError`, from whatever was thrown or rejected. */
export function errorReport(
  kind: 'error' | 'unhandledrejection',
  thrown: unknown,
): { kind: 'error' | 'unhandledrejection'; message: string; stack?: string } {
  const message = thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown);
  const stack = thrown instanceof Error ? thrown.stack : undefined;
  return { kind, message: clip(message, MAX_MESSAGE), ...(stack ? { stack: clip(stack, MAX_STACK) } : {}) };
}

/**
 * Sends errors nothing else caught to the main process's local log (Help → Open Log File).
 * Returns the function that stops it.
 */
export function reportUncaughtErrors(api: LanyardApi, target: Window = window): () => void {
  // A failed report is dropped: reporting it would only fail again.
  const send = (report: ReturnType<typeof errorReport>) => void api.app.reportError(report).catch(() => undefined);
  const onError = (event: ErrorEvent) => {
    // The browser's note that a resize was put off to the next frame: by design, not a fault.
    if (!event.error && event.message.startsWith('ResizeObserver loop')) return;
    const where = event.filename ? ` (${event.filename}:${event.lineno}:${event.colno})` : '';
    send(errorReport('error', event.error ?? `${event.message}${where}`));
  };
  const onRejection = (event: PromiseRejectionEvent) => send(errorReport('unhandledrejection', event.reason));
  target.addEventListener('error', onError);
  target.addEventListener('unhandledrejection', onRejection);
  return () => {
    target.removeEventListener('error', onError);
    target.removeEventListener('unhandledrejection', onRejection);
  };
}
