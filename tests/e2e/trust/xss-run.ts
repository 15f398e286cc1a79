import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test as base, type LanyardApp, type LanyardPage } from '../harness';
import { payloadIdInUrl, xssCorpus, type XssPayload } from './xss-corpus';

/*
 * The XSS corpus run shared by the trust specs: every payload is rendered in the real preview,
 * given every chance to fire (hover, focus, clicks, the events its handlers listen to, time for
 * animations and broken images), and watched for script running, the window navigating, and
 * requests leaving the app's origin.
 */

const batchSize = 50;
const postTitle = 'XSS corpus';

/** What a payload did: ran script, navigated, loaded off-origin, or was stopped by the CSP alone. */
export type Kind = 'executed' | 'navigation' | 'request' | 'csp';
/** One thing a payload did, and which payload when known. */
export interface Incident {
  kind: Kind;
  detail: string;
  /** The payload that caused it, when the incident names one. */
  payloadId: number | null;
}

/** Defines the sentinel in a document: anything that calls it is a payload that ran. */
const sentinelScript = `(() => {
  if ('__xss' in window) return;
  const report = (kind, detail) => { try { window.__xssSentinel(kind, String(detail)); } catch {} };
  Object.defineProperty(window, '__xss', { value: (n) => report('executed', '__xss(' + n + ')') });
  for (const name of ['alert', 'confirm', 'prompt', 'print', 'open']) {
    window[name] = (detail) => report('executed', name + '(' + detail + ')');
  }
  // What the sanitizer let through and only the CSP stopped.
  // Chromium also reports the handlers and <base> it merely parsed in the sanitizer's inert
  // document; only those still in this document are ones the sanitizer missed.
  document.addEventListener('securitypolicyviolation', (event) => {
    const target = event.target;
    const element = target instanceof Element && target.ownerDocument === document ? target : null;
    const armed = element !== null && element.isConnected && [...element.attributes].some((a) => /^on/i.test(a.name));
    if (event.violatedDirective.startsWith('script-src-attr') && !armed) return;
    if (event.violatedDirective.startsWith('base-uri') && !document.querySelector('base')) return;
    report('csp', event.violatedDirective + ' ' + event.blockedURI + ' ' + (element ? element.outerHTML.slice(0, 400) : ''));
  }, true);
})();`;

function payloadIdIn(detail: string): number | null {
  const call = /__xss\((\d+)\)/.exec(detail);
  return call ? Number(call[1]) : payloadIdInUrl(detail);
}

/** Watches one app for everything a payload could do; `incidents` grows as they happen. */
async function watchForInjection(app: LanyardApp): Promise<Incident[]> {
  const { page } = app;
  const incidents: Incident[] = [];
  const add = (kind: Kind, detail: string) => incidents.push({ kind, detail, payloadId: payloadIdIn(detail) });
  await page.exposeFunction('__xssSentinel', (kind: string, detail: string) =>
    add(kind === 'csp' ? 'csp' : 'executed', detail),
  );
  await page.addInitScript({ content: sentinelScript });
  await page.evaluate(sentinelScript);
  page.on('dialog', (dialog) => {
    add('executed', `dialog: ${dialog.message()}`);
    dialog.dismiss().catch(() => undefined);
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) add('navigation', `same-document navigation to ${frame.url()}`);
  });
  page.context().on('page', (popup) => {
    add('navigation', `new window ${popup.url()}`);
    popup.close().catch(() => undefined);
  });
  // Seen before the harness refuses them: a navigation of the window is stopped here, so the
  // app stays put and the next payload still has a preview to run in.
  await page.route('**/*', async (route) => {
    const request = route.request();
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) {
      add('navigation', `navigation to ${request.url()}`);
      return route.abort('aborted');
    }
    const url = new URL(request.url());
    if (!['data:', 'blob:', 'about:'].includes(url.protocol) && url.origin !== app.origin) {
      add('request', `${request.resourceType()} ${request.url()}`);
    }
    return route.fallback();
  });
  return incidents;
}

/** Serves the renderer from `dir` instead of `out/renderer` and reloads the app in it. */
async function serveRendererFrom(app: LanyardApp, lanyard: LanyardPage, dir: string): Promise<void> {
  await app.page.route(
    (url) => url.origin === app.origin && !url.pathname.startsWith('/__asset/'),
    (route) => {
      const { pathname } = new URL(route.request().url());
      const file = path.join(dir, pathname === '/' ? 'index.html' : pathname);
      return existsSync(file) ? route.fulfill({ path: file }) : route.fulfill({ status: 404 });
    },
  );
  await app.page.reload();
  await expect(lanyard.postList).toBeVisible();
}

// The render loop talks to the page through its main world only: markup the sanitizer missed
// (a form it submitted, say) can leave Playwright's locators waiting for a document that never
// comes, and the corpus must still finish to say which payload did it.
const editorSelector = '[aria-label="Post body"]';
const previewSelector = '[aria-label="Preview"]';

/** Replaces the whole document in the editor, as a paste would. */
async function setEditorText(page: Page, text: string): Promise<void> {
  await page.evaluate(
    ([selector, value]) => {
      type View = {
        state: { doc: { length: number } };
        dispatch(spec: { changes: { from: number; to: number; insert: string } }): void;
      };
      type Node = { cmTile?: { root?: { view?: View } }; cmView?: { rootView?: { view?: View } } };
      const node = document.querySelector(selector) as Node | null;
      const view = node?.cmTile?.root?.view ?? node?.cmView?.rootView?.view;
      if (!view) throw new Error('Cannot reach the CodeMirror view from "Post body"');
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: value } });
    },
    [editorSelector, text] as const,
  );
}

/** Waits until the preview shows the post titled `title`, every block rendered. */
async function waitForPreview(page: Page, title: string): Promise<void> {
  const shown = (selector: string) => {
    const preview = document.querySelector(selector);
    const pending = preview?.querySelector('[data-pending-blocks]')?.getAttribute('data-pending-blocks');
    return pending === '0' ? (preview?.querySelector('h1')?.textContent ?? null) : null;
  };
  await expect.poll(() => page.evaluate(shown, previewSelector), `the preview shows "${title}"`).toBe(title);
}

/** Moves the mouse across the preview, a screen at a time (the handlers also get synthetic events). */
async function hoverEverywhere(page: Page): Promise<void> {
  const geometry = await page.evaluate((selector) => {
    const section = document.querySelector(selector)!;
    const { x, y, width, height } = section.getBoundingClientRect();
    return { x, y, width, height, screens: Math.ceil(section.scrollHeight / section.clientHeight) };
  }, previewSelector);
  const { x, y, width, height } = geometry;
  for (let screen = 0; screen < Math.min(geometry.screens, 6); screen++) {
    await page.evaluate(
      ([selector, index]) => {
        const section = document.querySelector(selector)!;
        section.scrollTop = index * section.clientHeight;
      },
      [previewSelector, screen] as const,
    );
    await page.mouse.move(x + 4, y + 4);
    await page.mouse.move(x + width - 4, y + height - 4, { steps: 4 });
  }
}

/** Fires at every element of the preview the events inline handlers listen to, focuses and clicks. */
async function provokeHandlers(page: Page): Promise<void> {
  await page.evaluate((selector) => {
    const root = document.querySelector(selector)!;
    const types = ['click', 'mouseover', 'mouseenter', 'pointerover', 'pointerenter', 'focus', 'focusin'];
    types.push('error', 'load', 'animationstart', 'animationend', 'toggle', 'beforetoggle', 'begin', 'scroll');
    types.push('contentvisibilityautostatechange');
    for (const element of root.querySelectorAll('*')) {
      for (const type of types) element.dispatchEvent(new Event(type));
      if (element instanceof HTMLElement || element instanceof SVGElement) element.focus();
      if (element instanceof HTMLElement && element.hasAttribute('popover')) {
        try {
          element.showPopover();
        } catch {
          // Not a valid popover here.
        }
      }
    }
    for (const element of root.querySelectorAll('a, area, summary, label, button')) {
      element.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    }
    (document.activeElement as HTMLElement | null)?.blur();
  }, previewSelector);
}

/** What one render left behind: incidents, and the payloads a neighbour swallowed. */
interface BatchOutcome {
  incidents: Incident[];
  swallowed: XssPayload[];
}

async function renderBatch(
  app: LanyardApp,
  incidents: Incident[],
  payloads: XssPayload[],
  label: string,
): Promise<BatchOutcome> {
  const start = incidents.length;
  const body = payloads.map((payload) => `xss-probe-${payload.id}\n\n${payload.markdown}`).join('\n\n');
  await setEditorText(app.page, `---\nlayout: post\ntitle: ${label}\n---\n\n${body}\n`);
  await waitForPreview(app.page, label);
  await hoverEverywhere(app.page);
  await provokeHandlers(app.page);
  // Broken images, animations and lazy loads fire on their own time.
  await app.page.waitForTimeout(300);

  const state = await app.page.evaluate((selector) => {
    const page = window as unknown as { lanyard?: { posts?: { list?: unknown } }; __xss?: unknown };
    const intact =
      typeof document.getElementById === 'function' &&
      document.body instanceof HTMLBodyElement &&
      typeof page.lanyard?.posts?.list === 'function' &&
      typeof page.__xss === 'function';
    const probes = Array.from(document.querySelectorAll(`${selector} p`), (p) => p.textContent?.trim());
    return { intact, probes: probes.filter((text) => text?.startsWith('xss-probe-')) };
  }, previewSelector);
  if (!state.intact) incidents.push({ kind: 'executed', detail: 'page globals clobbered', payloadId: null });
  if (app.page.url() !== `${app.origin}/`) {
    incidents.push({ kind: 'navigation', detail: `window at ${app.page.url()}`, payloadId: null });
  }
  const seen = new Set(state.probes);
  return {
    incidents: incidents.slice(start),
    swallowed: payloads.filter((payload) => !seen.has(`xss-probe-${payload.id}`)),
  };
}

/** The post the corpus is pasted into, there before Lanyard opens. */
export const test = base.extend({
  site: async ({ site }, use) => {
    const post = `---\nlayout: post\ntitle: ${postTitle}\ndate: 2031-02-01 09:00:00 +0000\n---\n\nStart.\n`;
    await writeFile(path.join(site, '_posts', '2031-02-01-xss-corpus.md'), post);
    await use(site);
  },
});

/** One line naming the incident and its payload. */
export function describeIncident(incident: Incident): string {
  const payload = incident.payloadId === null ? undefined : xssCorpus[incident.payloadId - 1];
  const who = payload ? `#${payload.id} ${payload.family}: ${payload.name}` : 'unattributed';
  return `${incident.kind} — ${who} — ${incident.detail.slice(0, 300)}`;
}

/** What a corpus run found, and the figures the specs report. */
export interface CorpusRun {
  found: Incident[];
  renders: number;
  /** Distinct payloads that ran script. */
  executed: number;
  count: (kind: Kind) => number;
}

/**
 * Renders the whole corpus in `app` (served from `rendererDir` when given: another build of the
 * renderer) in batches, each payload that causes an unattributed incident again on its own.
 * On another build only what got past the CSP needs a name; what it stopped is just counted.
 */
export async function runXssCorpus(app: LanyardApp, lanyard: LanyardPage, rendererDir?: string): Promise<CorpusRun> {
  if (rendererDir) await serveRendererFrom(app, lanyard, rendererDir);
  await lanyard.openPost(postTitle, 'Start.');
  const incidents = await watchForInjection(app);

  const together = xssCorpus.filter((payload) => !payload.alone);
  const queue = xssCorpus.filter((payload) => payload.alone).map((payload) => [payload]);
  for (let i = 0; i < together.length; i += batchSize) queue.push(together.slice(i, i + batchSize));
  const found: Incident[] = [];
  let renders = 0;
  while (queue.length > 0) {
    const batch = queue.shift()!;
    const outcome = await renderBatch(app, incidents, batch, `XSS batch ${++renders}`);
    const unnamed = outcome.incidents.some((i) => i.payloadId === null && (i.kind !== 'csp' || !rendererDir));
    if (unnamed && batch.length > 1) {
      // Render each alone to learn which one it was; this render's incidents are not counted.
      queue.unshift(...batch.map((payload) => [payload]));
      continue;
    }
    const only = batch.length === 1 ? batch[0]!.id : null;
    found.push(...outcome.incidents.map((incident) => ({ ...incident, payloadId: incident.payloadId ?? only })));
    // A payload that swallowed its neighbours (an unclosed comment or fence) hid them: again, on their own.
    if (batch.length > 1 && outcome.swallowed.length > 0) queue.push(outcome.swallowed);
  }
  const count = (kind: Kind) => found.filter((incident) => incident.kind === kind).length;
  const executed = new Set(found.filter((i) => i.kind === 'executed').map((i) => i.payloadId ?? -1)).size;
  return { found, renders, executed, count };
}
