import { existsSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';

/**
 * Watches a folder for the temp files an atomic writer makes beside its target, and tells when
 * one appears and, once renamed away, how long it lived. Through it the parent can aim a kill
 * inside the write itself rather than anywhere in the call that leads to it.
 */
export class TempWatch {
  /** Called as soon as a temp file appears; the lane sets it for the child it is running. */
  onAppear: ((name: string) => void) | null = null;
  private readonly born = new Map<string, number>();
  private readonly watcher: FSWatcher;

  constructor(
    private readonly folder: string,
    private readonly isTemp: (name: string) => boolean,
    private readonly onGone: (name: string, livedMs: number) => void,
  ) {
    this.watcher = watch(folder, (_event, name) => {
      if (name !== null && this.isTemp(name)) this.seen(name);
    });
  }

  close(): void {
    this.watcher.close();
  }

  private seen(name: string): void {
    const now = performance.now();
    // inotify says "rename" both when the file is made and when it is renamed over the target.
    if (existsSync(path.join(this.folder, name))) {
      if (this.born.has(name)) return;
      this.born.set(name, now);
      this.onAppear?.(name);
      return;
    }
    const born = this.born.get(name);
    this.born.delete(name);
    if (born !== undefined) this.onGone(name, now - born);
  }
}
