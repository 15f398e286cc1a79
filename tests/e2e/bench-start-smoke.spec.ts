import path from 'node:path';
import { writeBigSite } from '../../bench/fixtures/big-site';
import { measureIdle } from '../../bench/browser/idle.browser-bench';
import { closeWakeupWindow, openWakeupWindow, wakeupLogScript, wakeupSource } from '../../bench/browser/idle-wakeups';
import { withInitScript } from '../../bench/browser/start-browser';
import { measureStart } from '../../bench/browser/start.browser-bench';
import {
  copySampleSite,
  expect,
  launchChromium,
  LanyardPage,
  openApp,
  readDiskPosts,
  test,
  titleLine,
} from './harness';
import { freshTempDir, removeTempDir } from './support/temp-dirs';

/** Small runs of the start and idle benches (bench/browser/), so they cannot rot unnoticed. */
test.describe('the start and idle benches', () => {
  test.setTimeout(180_000);

  test('start: times Lanyard to an editable post and the peer page, with the bundle figures', async () => {
    const scratchDir = await freshTempDir('bench-start');
    try {
      const group = await measureStart({ samples: 1, warmups: 0, scratchDir });

      expect(group.rows.map((row) => row.name)).toEqual([
        'lanyard: navigation to an editable post',
        'peer: empty page with the same bundle budget',
      ]);
      for (const row of group.rows) {
        expect(row.samples).toHaveLength(1);
        expect(row.samples[0]).toBeGreaterThan(0);
      }
      const figures = new Map(group.figures?.map((figure) => [figure.label, figure.value]));
      expect(figures.get('initial JavaScript')).toMatch(/^[\d.]+ KB gzip \([\d.]+ KB raw\) in \d+ files \(budget/);
      expect(figures.get('initial requests')).toMatch(/^\d+ \(index\.html, \d+ scripts, \d+ stylesheets\)$/);
      expect(figures.get('lazily loaded chunks')).toMatch(/ in \d+ files$/);
      expect(figures.get('peer page')).toMatch(/^(?:600|601)\.\d KB gzip/);
    } finally {
      await removeTempDir(scratchDir);
    }
  });

  test('idle: watches a quiet site and finds no wake-ups, with the heap measured', async () => {
    const scratchDir = await freshTempDir('bench-idle');
    try {
      const site = await writeBigSite(path.join(scratchDir, 'site'), 40, 3);
      const group = await measureIdle({
        site: site.jekyll,
        posts: 40,
        idleMs: 1_000,
        quietMs: 1_000,
        maxSettleMs: 10_000,
      });

      expect(group.group).toBe('idle, 40-post site');
      const figures = new Map(group.figures?.map((figure) => [figure.label, figure.value]));
      // Libraries may still finish a deferred measurement after a short quiet spell; the app must not wake.
      const quiet = /^app 0, .*; core timers 0; IPC calls 0$/;
      expect(figures.get('wake-ups, post list, 1 s')).toMatch(quiet);
      expect(figures.get('wake-ups, newest post open, cursor in the editor, 1 s')).toMatch(quiet);
      expect(figures.get('renderer JS heap after a forced GC')).toMatch(/^[\d.]+ MB used of [\d.]+ MB \(target/);
    } finally {
      await removeTempDir(scratchDir);
    }
  });

  test("the wake-up log tells the app's own timers from React's and CodeMirror's", async () => {
    const browser = await launchChromium();
    const site = await copySampleSite();
    const app = await openApp({ site, browser: withInitScript(browser, wakeupLogScript()) });
    try {
      const lanyard = new LanyardPage(app.page);
      const newest = (await readDiskPosts(site))[0];
      if (!newest) throw new Error('the sample blog has no posts');
      await lanyard.openPost(newest.title, titleLine(newest));

      await openWakeupWindow(app.page);
      await lanyard.typeAtEnd(' and a typed note');
      // Long enough for the word count to settle and the autosave to run: both are the app's timers.
      await app.page.waitForTimeout(2_500);
      const wakeups = await closeWakeupWindow(app.page);

      const sources = new Set(wakeups.map((wakeup) => wakeupSource(wakeup.stack)));
      expect([...sources]).toEqual(expect.arrayContaining(['app', 'react', 'codemirror']));
    } finally {
      await app.close();
      await browser.close();
      await removeTempDir(path.dirname(site));
    }
  });
});
