/**
 * The Electron smoke test: launches the BUILT app (package.json "main" → out/main/index.js) with
 * Playwright's `_electron`, on a fresh copy of the sample blog and a throwaway user-data folder,
 * and walks the same steps as the browser e2e smoke, plus the window's hardening.
 *
 * It needs a real Electron binary. None is downloaded here (Electron 45 fetches its binary on
 * first launch, and `require('electron')` would try to), so the binary is looked up without
 * side effects; where there is none, the spec is skipped and says why.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, expect, test } from '@playwright/test';

const root = resolve(import.meta.dirname, '../..');
const mainBundle = join(root, 'out/main/index.js');
const sampleBlog = join(root, 'resources/sample-blog');

type Resolution = { executablePath: string } | { reason: string };

function resolveElectron(): Resolution {
  const explicit = process.env.LANYARD_ELECTRON_PATH;
  if (explicit) {
    return existsSync(explicit)
      ? { executablePath: explicit }
      : { reason: `LANYARD_ELECTRON_PATH points at ${explicit}, which does not exist.` };
  }
  const packageDir = join(root, 'node_modules/electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return {
      reason:
        'node_modules/electron/path.txt is missing: the Electron binary was never downloaded (Electron 45 ' +
        'fetches it on first launch, and its download host is not reachable here). Set LANYARD_ELECTRON_PATH ' +
        'to an Electron 45 executable to run this spec.',
    };
  }
  const relative = readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(packageDir, 'dist');
  const executablePath = join(distDir, relative);
  return existsSync(executablePath)
    ? { executablePath }
    : { reason: `path.txt names ${executablePath}, but that file does not exist (incomplete Electron download).` };
}

function displayProblem(): string | null {
  if (process.platform !== 'linux' || process.env.DISPLAY || process.env.WAYLAND_DISPLAY) return null;
  return 'No display (DISPLAY/WAYLAND_DISPLAY unset); Electron has no headless mode. Run under xvfb-run.';
}

const electron = resolveElectron();
const skipReason = 'reason' in electron ? electron.reason : displayProblem();
if (skipReason) console.log(`[electron smoke] skipped: ${skipReason}`);

interface SamplePost {
  file: string;
  title: string;
}

/** The sample posts as the test expects to see them listed: file and front-matter title. */
function samplePosts(site: string): SamplePost[] {
  const folder = join(site, '_posts');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md') || name.endsWith('.markdown'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(folder, name), 'utf8');
      const title = /^title:\s*["']?(.+?)["']?\s*$/m.exec(text)?.[1];
      if (!title) throw new Error(`Sample post ${name} has no title in its front matter`);
      return { file: join(folder, name), title };
    });
}

test.describe('Electron app (built)', () => {
  test.skip(skipReason !== null, `No Electron binary here: ${skipReason ?? ''}`);

  let workDir = '';
  test.beforeEach(() => {
    expect(existsSync(mainBundle), 'out/main/index.js is missing: run `npm run build` first').toBe(true);
    workDir = mkdtempSync(join(tmpdir(), 'lanyard-electron-'));
  });
  test.afterEach(() => {
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  test('opens the site, edits a post, autosaves it, and is hardened', async () => {
    const site = join(workDir, 'site');
    const userData = join(workDir, 'user-data');
    cpSync(sampleBlog, site, { recursive: true });
    const posts = samplePosts(site);
    expect(posts.length).toBeGreaterThanOrEqual(2);

    const args = [root, '--site', site];
    // Chromium refuses to run as root with its OS sandbox on (CI containers). The app's own
    // webPreferences (sandbox: true) still apply, and are asserted below.
    if (process.getuid?.() === 0) args.push('--no-sandbox');
    const app = await _electron.launch({
      executablePath: (electron as { executablePath: string }).executablePath,
      args,
      cwd: root,
      env: { ...process.env, LANYARD_USER_DATA: userData },
    });
    try {
      const page = await app.firstWindow();

      // The window opens on the site and lists the sample posts.
      const list = page.getByRole('navigation', { name: 'Posts' });
      await expect(list).toBeVisible();
      for (const post of posts) await expect(list.getByText(post.title).first()).toBeVisible();

      // Hardening: the page has no Node, and the window was created isolated and sandboxed.
      const pageGlobals = await page.evaluate(() => ({
        require: typeof (window as unknown as Record<string, unknown>).require,
        process: typeof (window as unknown as Record<string, unknown>).process,
        lanyard: typeof (window as unknown as Record<string, unknown>).lanyard,
      }));
      expect(pageGlobals).toEqual({ require: 'undefined', process: 'undefined', lanyard: 'object' });
      const prefs = await app.evaluate(({ BrowserWindow }) => {
        // getLastWebPreferences is Electron-internal (not in electron.d.ts) but the only way to
        // read back what the window was really created with.
        const contents = BrowserWindow.getAllWindows()[0]?.webContents as unknown as
          { getLastWebPreferences?: () => Record<string, unknown> | null } | undefined;
        return contents?.getLastWebPreferences?.() ?? null;
      });
      expect(prefs, 'webContents.getLastWebPreferences() is gone from this Electron').not.toBeNull();
      expect(prefs).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
      });

      // Navigation, new windows and permissions are refused; the page stays on the app.
      const appUrl = page.url();
      const refused = await page.evaluate(async () => {
        const popup = window.open('https://example.com/', '_blank');
        const notifications = await Notification.requestPermission();
        const camera = await navigator.mediaDevices.getUserMedia({ video: true }).then(
          () => 'granted',
          (error: Error) => error.name,
        );
        const location = await new Promise<string>((resolve) =>
          navigator.geolocation.getCurrentPosition(
            () => resolve('granted'),
            (error) => resolve(`denied ${error.code}`),
          ),
        );
        return { popup: popup === null, notifications, camera, location };
      });
      expect(refused.popup, 'window.open is refused').toBe(true);
      expect(refused.notifications).toBe('denied');
      expect(refused.camera).not.toBe('granted');
      expect(refused.location).not.toBe('granted');
      await page.evaluate(() => {
        window.location.href = 'https://example.com/';
      });
      await page.waitForTimeout(500);
      expect(page.url(), 'will-navigate keeps the window on the app').toBe(appUrl);
      expect(app.windows()).toHaveLength(1);

      // Open a post, type at its end, and find the text in the preview and, after autosave, on disk.
      const post = posts[0]!;
      await list.getByText(post.title).first().click();
      const editor = page.getByRole('textbox', { name: 'Post body' });
      await expect(editor).toBeVisible();
      const marker = `electron-smoke-${Date.now().toString(36)}`;
      await editor.click();
      await page.keyboard.press(process.platform === 'darwin' ? 'Meta+ArrowDown' : 'Control+End');
      await page.keyboard.type(`\n\nTyped by the ${marker} test.\n`);
      await expect(page.getByRole('region', { name: 'Preview' })).toContainText(marker);
      await expect.poll(() => readFileSync(post.file, 'utf8'), { timeout: 10_000 }).toContain(marker);
      await expect(page.getByRole('status')).toBeVisible();
    } finally {
      await app.close();
    }

    // Nothing landed in the real profile: the settings file is in the throwaway folder.
    expect(existsSync(join(userData, 'config.json'))).toBe(true);
  });
});
