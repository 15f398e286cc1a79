import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';

/** Drops files on an element the way a file manager does: dragenter, dragover, drop with a DataTransfer. */
export async function dropFiles(page: Page, selector: string, files: { name: string; type: string; data: Buffer }[]) {
  const payload = files.map((file) => ({ name: file.name, type: file.type, base64: file.data.toString('base64') }));
  await page
    .locator(selector)
    .first()
    .evaluate((target, list) => {
      const transfer = new DataTransfer();
      for (const file of list) {
        const bytes = Uint8Array.from(atob(file.base64), (char) => char.charCodeAt(0));
        transfer.items.add(new File([bytes], file.name, { type: file.type }));
      }
      const box = target.getBoundingClientRect();
      const at = { clientX: box.left + 20, clientY: box.top + box.height - 10, bubbles: true, cancelable: true };
      for (const type of ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(new DragEvent(type, { ...at, dataTransfer: transfer }));
      }
    }, payload);
}

/** The files in the sample blog's `assets/images`, temp files included. */
export async function imagesOnDisk(site: string): Promise<string[]> {
  return readdir(path.join(site, 'assets', 'images')).catch(() => []);
}
