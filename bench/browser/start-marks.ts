import type { Page } from '@playwright/test';

/** Marks the start bench's page script sets, in milliseconds from navigation start. */
export const startMarkNames = { postList: 'lanyard:post-list', editable: 'lanyard:editable' } as const;

/** One start, read from the page: when things showed and which scripts came before the editor. */
export interface StartMarks {
  postList: number;
  editable: number;
  /** Script URLs the page fetched before the post became editable. */
  scriptsBeforeEditable: string[];
}

/**
 * Runs in the page before the app. As soon as the post list shows, clicks its first post — the
 * newest — as a writer would, with no time to react; marks `editable` in the first animation
 * frame after the editor takes input and holds `expected`.
 */
function observeStart(expected: string, names: typeof startMarkNames): void {
  let clicked = false;
  const observer = new MutationObserver(() => {
    if (!clicked) {
      const newest = document.querySelector('nav[aria-label="Posts"] button.post-item');
      if (newest instanceof HTMLElement) {
        clicked = true;
        performance.mark(names.postList);
        newest.click();
      }
    }
    const content = document.querySelector('.cm-content[contenteditable="true"]');
    if (content?.textContent?.includes(expected)) {
      observer.disconnect();
      requestAnimationFrame(() => performance.mark(names.editable));
    }
  });
  observer.observe(document, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['contenteditable'],
  });
}

/** The page script that opens the newest post and marks the moment it holds `expectedText`. */
export function startMarkScript(expectedText: string): string {
  return `(${observeStart.toString()})(${JSON.stringify(expectedText)}, ${JSON.stringify(startMarkNames)});`;
}

/** Waits for the marks of `startMarkScript` and reads them with the scripts fetched before. */
export async function readStartMarks(page: Page, timeoutMs = 15_000): Promise<StartMarks> {
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, startMarkNames.editable, {
    timeout: timeoutMs,
  });
  return page.evaluate((names) => {
    const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
    const editable = at(names.editable);
    const scripts = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime < editable && /\.m?js(?:$|\?)/.test(entry.name))
      .map((entry) => entry.name);
    return { postList: at(names.postList), editable, scriptsBeforeEditable: scripts };
  }, startMarkNames);
}
