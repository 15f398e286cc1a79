import type { Browser } from '@playwright/test';

/**
 * `browser`, except that every context it opens runs `script` in each document before the
 * page's own scripts and before the harness's bridge. `openApp` creates its context and
 * navigates in one go, so handing it this browser is how a bench gets there first.
 */
export function withInitScript(browser: Browser, script: string): Browser {
  return new Proxy(browser, {
    get(target, property) {
      if (property === 'newContext') {
        return async (...args: Parameters<Browser['newContext']>) => {
          const context = await target.newContext(...args);
          await context.addInitScript({ content: script });
          return context;
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      // Playwright's methods need the real object as `this`, not the proxy.
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
