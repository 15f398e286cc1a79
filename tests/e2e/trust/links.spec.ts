import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator } from '@playwright/test';
import type { Envelope } from '../../../src/api/lanyard-error';
import { recordTrustFigure } from '../../trust/trust-figures';
import { expect, test as base, type LanyardApp, type LanyardPage } from '../harness';

/**
 * Issue 9, "Nothing injected": a link in the preview opens in the system browser only for
 * http(s) and mailto; every other scheme, and every link without one, does nothing at all — the
 * window stays where it is, no new window opens, nothing is requested.
 */

/** Link text, its Markdown, and the URL the system browser is asked to open. */
const opened: Array<[string, string, string]> = [
  ['https link', '[https link](https://example.com/lanyard?q=1#part)', 'https://example.com/lanyard?q=1#part'],
  ['http link', '[http link](http://example.com/)', 'http://example.com/'],
  ['upper-case scheme', '<a href="HTTPS://Example.COM/Path">upper-case scheme</a>', 'https://example.com/Path'],
  ['https://example.org/auto', '<https://example.org/auto>', 'https://example.org/auto'],
  ['www.example.net', 'Read www.example.net now', 'http://www.example.net/'],
  // Only the subject, body, cc and bcc of a mail link reach the mail client: no attachments.
  [
    'mail link',
    '[mail link](mailto:editor@example.com?subject=Hello&attach=/etc/passwd)',
    'mailto:editor@example.com?subject=Hello',
  ],
];

/** Link text → its Markdown; none of these may open or navigate anything. */
const refused: Array<[string, string]> = [
  ['markdown javascript', '[markdown javascript](javascript:window.__pwned=1)'],
  ['html javascript', '<a href="javascript:window.__pwned=1">html javascript</a>'],
  ['encoded javascript', '<a href="java&#x09;script:window.__pwned=1">encoded javascript</a>'],
  ['vbscript', '<a href="vbscript:msgbox(1)">vbscript</a>'],
  ['data html', '<a href="data:text/html,%3Cscript%3Ewindow.__pwned=1%3C/script%3E">data html</a>'],
  ['data image', '<a href="data:image/png;base64,iVBORw0KGgo=">data image</a>'],
  ['file root', '<a href="file:///etc/passwd">file root</a>'],
  ['file share', '[file share](file://server/share/x.exe)'],
  ['asset scheme', '<a href="lanyard-asset://site/_config.yml">asset scheme</a>'],
  ['ms-msdt', '<a href="ms-msdt:/id PCWDiagnostic">ms-msdt</a>'],
  ['search-ms', '<a href="search-ms:query=x&crumb=location:\\\\evil\\share">search-ms</a>'],
  ['slack', '<a href="slack://open?team=x">slack</a>'],
  ['steam', '<a href="steam://run/1">steam</a>'],
  ['web3', '<a href="web3://example.eth/">web3</a>'],
  ['protocol-relative', '<a href="//evil.example/x">protocol-relative</a>'],
  ['backslash host', '<a href="\\\\evil.example\\share">backslash host</a>'],
  ['slash backslash', '<a href="/\\evil.example/x">slash backslash</a>'],
  ['relative post', '[relative post](../_posts/2026-06-16-day-one.md)'],
  ['site path', '[site path](/about/)'],
  ['bare name', '<a href="other.html">bare name</a>'],
];

const postTitle = 'Every kind of link';
const sentinel = ['sentinel', 'https://example.com/sentinel'] as const;

const test = base.extend({
  site: async ({ site }, use) => {
    const links = [...opened.map(([, markdown]) => markdown), ...refused.map(([, markdown]) => markdown)];
    const body = [...links, `[${sentinel[0]}](${sentinel[1]})`, '## Far below', 'The end.'].join('\n\n');
    const post = `---\nlayout: post\ntitle: ${postTitle}\ndate: 2031-03-01 09:00:00 +0000\n---\n\n${body}\n`;
    await writeFile(path.join(site, '_posts', '2031-03-01-every-kind-of-link.md'), post);
    await use(site);
  },
});

/** Counts what a link must never do: move the window, open another, or reach another host. */
function watchEscapes(app: LanyardApp): string[] {
  const escapes: string[] = [];
  app.page.on('framenavigated', (frame) => {
    if (frame === app.page.mainFrame()) escapes.push(`navigated to ${frame.url()}`);
  });
  app.page.context().on('page', (popup) => escapes.push(`opened a window at ${popup.url()}`));
  app.page.context().on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:', 'about:'].includes(url.protocol) && url.origin !== app.origin) {
      escapes.push(`requested ${request.url()}`);
    }
  });
  return escapes;
}

/** Clicks the sentinel link and waits until the system browser got it: every click before it has landed. */
async function settle(app: LanyardApp, lanyard: LanyardPage): Promise<void> {
  const before = app.externalLinks.length;
  await lanyard.preview.getByRole('link', { name: sentinel[0], exact: true }).click();
  await expect.poll(() => app.externalLinks.length).toBe(before + 1);
  expect(app.externalLinks.pop()).toBe(sentinel[1]);
}

async function openLinksPost(lanyard: LanyardPage): Promise<void> {
  await lanyard.openPost(postTitle);
  await expect(lanyard.preview.getByText('The end.')).toBeVisible();
}

test('http, https and mail links open in the system browser, and only there', async ({ app, lanyard }) => {
  await openLinksPost(lanyard);
  const escapes = watchEscapes(app);
  for (const [text, , url] of opened) {
    await lanyard.preview.getByRole('link', { name: text }).click();
    await expect.poll(() => app.externalLinks, `"${text}" opens ${url}`).toEqual([url]);
    app.externalLinks.length = 0;
  }
  expect(app.page.url()).toBe(`${app.origin}/`);
  expect(escapes).toEqual([]);
});

test('links of every other scheme do nothing, however they are clicked', async ({ app, lanyard }) => {
  test.setTimeout(90_000);
  await openLinksPost(lanyard);
  const { page } = app;
  const escapes = watchEscapes(app);
  const clicks: Array<Parameters<Locator['click']>[0]> = [
    {},
    { button: 'middle' },
    { modifiers: ['ControlOrMeta'] },
    { modifiers: ['Shift'] },
  ];
  let tried = 0;
  for (const [text] of refused) {
    // Markdown refuses to make some of these links at all: their text is then plain prose.
    const link = lanyard.preview.getByText(text).first();
    for (const click of clicks) {
      await link.click(click);
      tried++;
    }
    // Only a link that keeps its href can take focus; Enter elsewhere would type into the post.
    await link.focus();
    if (await link.evaluate((element) => element === document.activeElement)) {
      await page.keyboard.press('Enter');
      tried++;
    }
  }
  await settle(app, lanyard);
  const ran = await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned);
  recordTrustFigure({
    area: 'Nothing injected',
    what: 'preview links of refused schemes clicked (click, middle, ctrl, shift, Enter)',
    tried,
    failure: 'links opened, navigations, windows or requests',
    failed: app.externalLinks.length + escapes.length + (ran === undefined ? 0 : 1),
  });
  expect(app.externalLinks, 'nothing reached the system browser').toEqual([]);
  expect(escapes, 'the window stayed put and nothing left the app').toEqual([]);
  expect(ran, 'no script ran').toBeUndefined();
  expect(page.url()).toBe(`${app.origin}/`);
  await expect(lanyard.postList).toBeVisible();
});

test('the core refuses every other scheme even if the renderer asks', async ({ app }) => {
  const urls = refused.map(([, markdown]) => /(?:href="|\]\()([^")]+)/.exec(markdown)![1]!.replace(/&#x09;/, '\t'));
  for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'ms-msdt:/id x', ...urls]) {
    if (/^(?:https?|mailto):/i.test(url)) continue;
    const answer = await app.page.evaluate(
      (link) =>
        (
          window as unknown as { lanyard: { shell: { openExternal(a: { url: string }): Promise<Envelope<unknown>> } } }
        ).lanyard.shell.openExternal({ url: link }),
      url,
    );
    expect(answer, url).toMatchObject({ ok: false, error: { code: 'refused' } });
  }
  expect(app.externalLinks).toEqual([]);
});
