import AxeBuilder from '@axe-core/playwright';
import { pngScreenshot } from '../src/images/node/generate-photos';
import type { Page } from '@playwright/test';
import { dayOnePost, expect, test, titleLine, type LanyardApp, type LanyardPage, type OpenAppOptions } from './harness';
import { dropFiles } from './support/photo-files';

/** What a screen needs to be opened: the running app and its page model. */
interface ScreenContext {
  app: LanyardApp;
  lanyard: LanyardPage;
}

/**
 * A screen of Lanyard: how a writer gets there, and how the app must start for it (default: on
 * a copy of the sample blog). Add a screen with one more row.
 */
type Screen = [name: string, open: (context: ScreenContext) => Promise<void>, appOptions?: OpenAppOptions];

async function openDayOne({ app, lanyard }: ScreenContext): Promise<void> {
  const post = await dayOnePost(app.site);
  await lanyard.openPost(post.title, titleLine(post));
}

const screens: Screen[] = [
  ['the workspace with a post open', openDayOne],
  [
    'the new-post form',
    async ({ app, lanyard }) => {
      await lanyard.newPostButton.click();
      await expect(app.page.getByRole('form', { name: 'New post' })).toBeVisible();
    },
  ],
  [
    'the site settings dialog',
    async ({ app, lanyard }) => {
      await lanyard.menuCommand('site-settings');
      const dialog = app.page.getByRole('dialog', { name: 'Site settings' });
      await expect(dialog).toBeVisible();
      await expect(dialog.getByText('Loading…')).toBeHidden();
    },
  ],
  [
    'the publish dialog',
    async (context) => {
      await openDayOne(context);
      await context.lanyard.openPublishDialog();
    },
  ],
  [
    'the photo import dialog',
    async (context) => {
      await openDayOne(context);
      const photo = { name: 'badge-desk.png', type: 'image/png', data: await pngScreenshot(800, 600) };
      await dropFiles(context.app.page, '.cm-content', [photo]);
      const dialog = context.app.page.getByRole('dialog', { name: 'Add photos' });
      await expect(dialog.getByRole('textbox', { name: /Alt text/ })).toHaveValue('Badge desk');
    },
  ],
  [
    'the events dialog',
    async ({ app, lanyard }) => {
      await lanyard.menuCommand('events');
      await expect(app.page.getByRole('dialog', { name: 'Events' })).toBeVisible();
    },
  ],
  [
    'the app settings dialog',
    async ({ lanyard }) => {
      await lanyard.openAppSettings();
    },
  ],
  [
    'the command palette',
    async (context) => {
      await openDayOne(context);
      await context.lanyard.editor.click();
      await context.app.page.keyboard.press('Control+P');
      await expect(context.lanyard.paletteOptions.first()).toBeVisible();
    },
  ],
  [
    'the outline panel',
    async (context) => {
      await openDayOne(context);
      await context.lanyard.menuCommand('toggle-outline');
      await expect(context.lanyard.outline).toBeVisible();
    },
  ],
  [
    'the word goal dialog of a post',
    async (context) => {
      await openDayOne(context);
      await context.lanyard.menuCommand('post-word-goal');
      await expect(context.app.page.getByRole('dialog', { name: 'Word Goal' })).toBeVisible();
    },
  ],
  [
    'the screen shown when no blog is open',
    async ({ app }) => {
      await expect(app.page.getByRole('button', { name: 'Open a blog folder…' })).toBeVisible();
    },
    { site: undefined, whenNoSite: 'welcome' },
  ],
];

/** axe's WCAG 2.1 A and AA rules: the level the issue asks Lanyard to meet. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The serious and critical violations axe finds on the page as it is now, in brief. */
async function blockingViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      where: violation.nodes.slice(0, 5).map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
    }));
}

for (const [name, open, appOptions] of screens) {
  test.describe(() => {
    if (appOptions) test.use({ appOptions });
    test(`${name} has no serious or critical accessibility violations, light or dark`, async ({ app, lanyard }) => {
      await open({ app, lanyard });
      for (const colorScheme of ['light', 'dark'] as const) {
        // The default theme follows the system's, so the same screen is checked in both. Reduced
        // motion turns off the colour transitions, so axe sees the theme's colours, not a blend.
        await app.page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
        await expect(app.page.locator('html')).toHaveAttribute('data-theme', colorScheme);
        expect(await blockingViolations(app.page), `axe found problems on ${name} (${colorScheme})`).toEqual([]);
      }
    });
  });
}

test('the keyboard alone reaches the post list, the editor and the publish button', async ({ app, lanyard }) => {
  await openDayOne({ app, lanyard });
  await app.page.locator('body').focus();
  const reached = new Set<string>();
  for (let press = 0; press < 60; press++) {
    await app.page.keyboard.press('Tab');
    reached.add(
      await app.page.evaluate(() => {
        const element = document.activeElement;
        if (!element || element === document.body) return '';
        const label = element.getAttribute('aria-label') ?? element.textContent ?? '';
        return `${element.getAttribute('role') ?? element.tagName.toLowerCase()}: ${label.trim().slice(0, 60)}`;
      }),
    );
  }
  const post = await dayOnePost(app.site);
  expect([...reached]).toEqual(
    expect.arrayContaining(['button: New post', `button: ${post.title}`, 'textbox: Post body', 'button: Publish']),
  );
});
