/** Where the cursor was in a post: CodeMirror's anchor and head offsets. */
export interface CursorSpot {
  anchor: number;
  head: number;
}

/** Remembers each post's cursor so a post reopens where the writer left it. */
export interface CursorMemory {
  recall(id: string): CursorSpot | null;
  remember(id: string, spot: CursorSpot): void;
}

type Stored = Record<string, [anchor: number, head: number, at: number]>;

/**
 * A cursor memory in the browser's storage, one entry per site (`scope`), keeping the most
 * recent `limit` posts. Cursor positions are a view preference, not a document: nothing is
 * lost if storage is unavailable or cleared, so every failure just forgets.
 */
export function storageCursorMemory(storage: Storage | null, scope: string, limit = 200): CursorMemory {
  const key = `lanyard.cursors:${scope}`;
  const load = (): Stored => {
    try {
      const parsed: unknown = JSON.parse(storage?.getItem(key) ?? '{}');
      return parsed && typeof parsed === 'object' ? (parsed as Stored) : {};
    } catch {
      return {};
    }
  };
  return {
    recall(id) {
      const entry = load()[id];
      if (!Array.isArray(entry) || !entry.slice(0, 2).every((n) => Number.isInteger(n) && n >= 0)) return null;
      return { anchor: entry[0], head: entry[1] };
    },
    remember(id, { anchor, head }) {
      const stored = load();
      stored[id] = [anchor, head, Date.now()];
      const kept = Object.entries(stored)
        .sort((a, b) => (b[1][2] ?? 0) - (a[1][2] ?? 0))
        .slice(0, limit);
      try {
        storage?.setItem(key, JSON.stringify(Object.fromEntries(kept)));
      } catch {
        // Full or forbidden storage: the cursor is simply not remembered.
      }
    },
  };
}
