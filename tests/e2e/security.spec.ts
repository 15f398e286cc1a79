import { mkdir, readFile, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Envelope } from '../../src/api/lanyard-error';
import { expect, test as base } from './harness';

const canaryText = 'CANARY 5b1e: Lanyard must never read this file';
const hostilePost = `---
layout: post
title: Hostile markup
date: 2031-01-01 09:00:00 +0000
tags: [security]
---

<script>window.__pwned = 1</script>

<img src="x" onerror="window.__pwned = 1">

[click me](javascript:window.__pwned=1)

<a href="javascript:window.__pwned=1">raw link</a>

<svg onload="window.__pwned = 1"><circle r="4"></circle></svg>

<svg width="20" height="20"><defs><linearGradient id="g"></linearGradient></defs><rect width="9" height="9" fill="url(https://tracker.example/p.svg#x)" filter="url( 'https://tracker.example/f.svg#f')"></rect><rect width="9" height="9" fill="url(#g)" stroke="u\\72l(https://tracker.example/s)"></rect></svg>

[Lanyard on the web](https://example.com/lanyard)
`;

/**
 * Sets a file's access time far before its modification time. On a `relatime` or `strictatime`
 * mount, the next read of the file then moves its access time: reads become visible.
 */
async function markUnread(file: string): Promise<void> {
  await utimes(file, 0, (await stat(file)).mtime);
}

/** True when this filesystem records reads in access times (not `noatime`). */
async function readsAreVisible(folder: string): Promise<boolean> {
  const control = path.join(folder, 'atime-control.txt');
  await writeFile(control, 'control');
  await markUnread(control);
  await readFile(control);
  return (await stat(control)).atimeMs > 0;
}

/** Fails if anything opened the canary since it was written; a no-op on `noatime` mounts. */
async function expectCanaryUnread(canary: string): Promise<void> {
  if (!(await readsAreVisible(path.dirname(canary)))) return;
  expect((await stat(canary)).atimeMs, 'nothing opened the canary beside the site').toBe(0);
}

/**
 * Every test here gets, beside its site, a canary file; inside the site, symlinks that point at
 * it (a file and a folder) and a post full of hostile markup — all there before Lanyard opens.
 */
const test = base.extend<{ canary: string }>({
  site: async ({ site }, use) => {
    const canary = path.join(path.dirname(site), 'canary.md');
    await writeFile(canary, `---\ntitle: ${canaryText}\n---\n${canaryText}\n`);
    await markUnread(canary);
    await symlink(canary, path.join(site, '_posts', '2020-01-01-escape.md'));
    await symlink(path.dirname(site), path.join(site, '_posts', 'outside'));
    await mkdir(path.join(site, 'assets'), { recursive: true });
    await symlink(canary, path.join(site, 'assets', 'escape.png'));
    await writeFile(path.join(site, '_posts', '2031-01-01-hostile-markup.md'), hostilePost);
    await use(site);
  },
  canary: async ({ site }, use) => {
    await use(path.join(path.dirname(site), 'canary.md'));
  },
});

/** Calls one named bridge function in the page, exactly as renderer code would. */
function call(page: Page, namespace: string, method: string, arg?: unknown): Promise<Envelope<unknown>> {
  return page.evaluate(
    ([ns, name, value]) => {
      const api = (window as unknown as { lanyard: Record<string, Record<string, (a?: unknown) => Promise<unknown>>> })
        .lanyard;
      return api[ns]![name]!(value) as Promise<Envelope<unknown>>;
    },
    [namespace, method, arg] as const,
  );
}

function rawGet(origin: string, rawPath: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    http
      .get({ hostname, port, path: rawPath }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

const escapingIds = [
  '../../etc/passwd',
  '/etc/passwd',
  '../canary.md',
  '_posts/../../canary.md',
  '_posts/2020-01-01-escape.md',
  '_posts/outside/canary.md',
  '%2e%2e/canary.md',
  '_posts/%2e%2e/%2e%2e/canary.md',
  '%2e%2e%2fcanary.md',
  '..%2F..%2Fetc%2Fpasswd',
];

test('paths that leave the site are refused, and the canary is never read', async ({ app, canary }) => {
  for (const id of escapingIds) {
    const answer = await call(app.page, 'posts', 'read', { id });
    expect(answer, `posts.read ${id}`).toMatchObject({ ok: false, error: { code: 'outside-site' } });
    expect(JSON.stringify(answer)).not.toContain('CANARY');
  }
  const save = await call(app.page, 'posts', 'save', {
    id: '../canary.md',
    text: 'overwritten',
    baseVersion: null,
  });
  expect(save).toMatchObject({ ok: false, error: { code: 'outside-site' } });
  const list = await call(app.page, 'posts', 'list');
  expect(list.ok).toBe(true);
  expect(JSON.stringify(list)).not.toContain('CANARY');
  await expectCanaryUnread(canary);
  expect(await readFile(canary, 'utf8')).toContain(canaryText);
});

test('wrong-typed arguments are refused before any handler runs', async ({ app }) => {
  for (const arg of [{ id: 42 }, 'posts/x.md', null, { id: 'x.md', path: '/etc/passwd' }]) {
    expect(await call(app.page, 'posts', 'read', arg), JSON.stringify(arg)).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
  }
  expect(await call(app.page, 'posts', 'save', { id: 'x.md', text: 7, baseVersion: null })).toMatchObject({
    ok: false,
    error: { code: 'invalid-argument' },
  });
});

test('the page gets named functions only, no Node and no IPC', async ({ app }) => {
  const exposed = await app.page.evaluate(() => {
    const page = window as unknown as Record<string, unknown>;
    return {
      ipcRenderer: typeof page.ipcRenderer,
      require: typeof page.require,
      process: typeof page.process,
      namespaces: Object.keys(page.lanyard as object).sort(),
    };
  });
  expect(exposed).toMatchObject({ ipcRenderer: 'undefined', require: 'undefined', process: 'undefined' });
  expect(exposed.namespaces).not.toContain('invoke');
});

test('the asset URL serves site media only', async ({ app, canary }) => {
  const image = await rawGet(app.origin, '/__asset/assets/images/keynote-stage.png');
  expect(image.status, 'the sample image is served').toBe(200);
  for (const rawPath of [
    '/__asset/.git/config',
    '/__asset/.git/HEAD',
    '/__asset/../canary.md',
    '/__asset/%2e%2e/canary.md',
    '/__asset/%2e%2e%2fcanary.md',
    '/__asset/assets/escape.png',
    '/__asset/_posts/outside/canary.md',
    '/__asset//etc/passwd',
    '/__asset/%2Fetc%2Fpasswd',
  ]) {
    const answer = await rawGet(app.origin, rawPath);
    expect(answer.status, rawPath).toBe(404);
    expect(answer.body).not.toContain('CANARY');
    expect(answer.body).not.toContain('[core]');
  }
  await expectCanaryUnread(canary);
});

test('hostile markup in a post runs nothing in the preview', async ({ app, lanyard }) => {
  const { page } = app;
  await lanyard.openPost('Hostile markup');
  await expect(lanyard.preview).toContainText('click me');
  await expect(lanyard.preview).toContainText('Lanyard on the web');
  // Let every image settle (load or error) so an onerror handler would have had its chance.
  await expect
    .poll(() =>
      lanyard.preview
        .locator('img')
        .evaluateAll((images) => images.every((image) => (image as HTMLImageElement).complete)),
    )
    .toBe(true);
  await expect(lanyard.preview.locator('script')).toHaveCount(0);
  const dangerous = await lanyard.preview.evaluate((root) =>
    Array.from(root.querySelectorAll('*')).flatMap((element) =>
      Array.from(element.attributes)
        .filter((attribute) => /^on/i.test(attribute.name) || /^\s*javascript:/i.test(attribute.value))
        .map((attribute) => `${element.tagName} ${attribute.name}`),
    ),
  );
  expect(dangerous).toEqual([]);
  // SVG attributes that CSS reads may not load anything; same-document references stay.
  const svgPaints = await lanyard.preview.evaluate((root) =>
    Array.from(root.querySelectorAll('rect'), (rect) =>
      ['fill', 'filter', 'stroke'].map((name) => rect.getAttribute(name)),
    ),
  );
  expect(svgPaints).toEqual([
    [null, null, null],
    ['url(#g)', null, null],
  ]);

  await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 1));
  await lanyard.preview.getByText('click me').click();
  await lanyard.preview.getByText('raw link').click();
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

  const pagesBefore = page.context().pages().length;
  const url = page.url();
  await lanyard.preview.getByRole('link', { name: 'Lanyard on the web' }).click();
  await expect.poll(() => app.externalLinks).toContain('https://example.com/lanyard');
  expect(page.url()).toBe(url);
  expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(1);
  expect(page.context().pages()).toHaveLength(pagesBefore);
});
