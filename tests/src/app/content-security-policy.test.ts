import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { rendererContentSecurityPolicy } from '../../../src/app/content-security-policy';

const indexHtml = new URL('../../../renderer/index.html', import.meta.url);

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('rendererContentSecurityPolicy', () => {
  it('is exactly the policy in renderer/index.html', async () => {
    const html = await readFile(indexHtml, 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
    expect(meta?.[1]).toBe(rendererContentSecurityPolicy);
  });

  it('allows no inline or remote script, no remote loads of any kind, and blob: images only', () => {
    const policy = directives(rendererContentSecurityPolicy);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    for (const [name, sources] of policy) {
      for (const source of sources) {
        expect(source, `${name} ${source}`).toMatch(/^('self'|'none'|'unsafe-inline'|lanyard-asset:|data:|blob:)$/);
      }
      if (sources.includes("'unsafe-inline'")) expect(name).toBe('style-src');
      // Object URLs are for thumbnails only: never script, frames or connections.
      if (sources.includes('blob:')) expect(name).toBe('img-src');
    }
    for (const name of ['object-src', 'frame-src', 'base-uri', 'form-action']) {
      expect(policy.get(name), name).toEqual(["'none'"]);
    }
  });
});
