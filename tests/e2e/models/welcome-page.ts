import { expect, type Locator, type Page } from '@playwright/test';

/** The Welcome screen (no blog open), found through accessible names as a writer meets it. */
export class WelcomePage {
  constructor(readonly page: Page) {}

  get screen(): Locator {
    return this.page.getByRole('main').filter({ has: this.page.getByRole('heading', { level: 1 }) });
  }

  heading(name: 'Welcome to Lanyard' | 'No blog is open'): Locator {
    return this.page.getByRole('heading', { level: 1, name, exact: true });
  }

  get openFolderButton(): Locator {
    return this.page.getByRole('button', { name: 'Open a blog folder…', exact: true });
  }

  get cloneButton(): Locator {
    return this.page.getByRole('button', { name: 'Clone from a git URL…', exact: true });
  }

  get sampleButton(): Locator {
    return this.page.getByRole('button', { name: 'Try the sample blog', exact: true });
  }

  get recentSites(): Locator {
    return this.page.getByRole('region', { name: 'Recent sites' });
  }

  /** The list entry of the recent site in `root`. */
  recentSite(root: string): Locator {
    return this.recentSites.getByRole('listitem').filter({ hasText: root });
  }

  /** The button that opens the recent site in `root` (absent for a missing one): the entry's one button not "Remove …". */
  openRecentButton(root: string): Locator {
    return this.recentSite(root).getByRole('button', { name: /^(?!Remove )/ });
  }

  forgetButton(root: string): Locator {
    return this.recentSite(root).getByRole('button', { name: /^Remove .* from recent sites$/ });
  }

  /**
   * Presses Tab until `target` has focus, as a keyboard user would; fails if it never does,
   * so a control left out of the tab order fails the spec.
   */
  async tabTo(target: Locator, maxPresses = 20): Promise<void> {
    for (let presses = 0; presses < maxPresses; presses++) {
      if (await target.evaluate((element) => element === document.activeElement)) return;
      await this.page.keyboard.press('Tab');
    }
    await expect(target, `Tab reaches ${target.toString()}`).toBeFocused();
  }
}
