import path from 'node:path';
import type { AttackWorld } from './attack-world';

/** One path an attacker might hand a channel, with what it tries. */
export interface HostilePath {
  trick: string;
  value: string;
  /** A real file name on POSIX (a folder called `․․`): it may be taken as a name inside the site. */
  nameInside?: boolean;
}

function encodeAll(text: string): string {
  return [...Buffer.from(text)].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');
}

function encodeTimes(text: string, times: number): string {
  let encoded = text;
  for (let round = 0; round < times; round++) encoded = encodeURIComponent(encoded);
  return encoded;
}

/**
 * Ways to name `target` (a path inside the canary, like `secret.md`) from inside the site:
 * traversal, absolute, drive and UNC forms, NUL bytes, percent-encoded ones (once, twice,
 * five times, overlong UTF-8), backslashes, unicode dot lookalikes and links inside the site.
 * `linked` is the site's link to the canary folder that sits where `inside` would be.
 */
export function hostilePaths(world: AttackWorld, target: string, inside: string, linked: string): HostilePath[] {
  const up = `../canary/${target}`;
  const fromInside = `${inside}/../../canary/${target}`;
  const absolute = path.join(world.canary, ...target.split('/'));
  const windows = `canary\\${target.replace(/\//g, '\\')}`;
  return [
    { trick: 'dot-dot traversal', value: up },
    { trick: 'dot-dot from inside a folder', value: fromInside },
    {
      trick: 'dot-dot through the temp folder',
      value: `${inside}/../../../${path.basename(world.temp)}/canary/${target}`,
    },
    { trick: 'dot-dot with ./ and //', value: `${inside}/.//..//../canary/${target}` },
    { trick: 'dot-dot to the folder beside', value: '../beside.md' },
    { trick: 'dot-dot, trailing slash', value: `${up}/` },
    { trick: 'absolute POSIX path', value: absolute },
    { trick: 'absolute system file', value: '/etc/passwd' },
    { trick: 'file URL', value: `file://${absolute}` },
    { trick: 'Windows drive, backslashes', value: `C:\\${windows}` },
    { trick: 'Windows drive, slashes', value: `C:/canary/${target}` },
    { trick: 'Windows drive-relative', value: `c:${target}` },
    { trick: 'UNC with backslashes', value: `\\\\server\\share\\${windows}` },
    { trick: 'UNC with slashes', value: `//server/share/canary/${target}` },
    { trick: 'Windows device path', value: `\\\\?\\C:\\${windows}` },
    { trick: 'NUL byte before a harmless ending', value: `${up}\0.md` },
    { trick: 'NUL byte after a post', value: `${inside}/x.md\0/../../../canary/${target}` },
    { trick: 'percent-encoded dot-dot', value: `%2e%2e%2fcanary%2f${target}` },
    { trick: 'percent-encoded dot-dot, upper case', value: `%2E%2E/canary/${target}` },
    { trick: 'percent-encoded slash only', value: `..%2fcanary%2f${target}` },
    { trick: 'percent-encoded inside a folder', value: `${inside}/%2e%2e/%2e%2e/canary/${target}` },
    { trick: 'every byte percent-encoded', value: encodeAll(up) },
    { trick: 'double-encoded', value: encodeTimes(encodeAll(up), 1) },
    { trick: 'encoded five times', value: encodeTimes(up, 5) },
    { trick: 'encoded backslash', value: `..%5ccanary%5c${target}` },
    { trick: 'overlong UTF-8 dots', value: `%c0%ae%c0%ae/canary/${target}` },
    { trick: 'encoded NUL', value: `${up}%00.md` },
    { trick: 'backslash traversal', value: `..\\${windows}` },
    { trick: 'backslash traversal from inside', value: `${inside}\\..\\..\\${windows}` },
    { trick: 'one dot leader as dots', value: `\u2024\u2024/canary/${target}`, nameInside: true },
    { trick: 'fullwidth full stops as dots', value: `\uff0e\uff0e/canary/${target}`, nameInside: true },
    { trick: 'division slash as slash', value: `..\u2215canary\u2215${target}`, nameInside: true },
    { trick: 'fullwidth solidus as slash', value: `..\uff0fcanary\uff0f${target}`, nameInside: true },
    { trick: 'tilde home', value: `~/../canary/${target}` },
    { trick: 'link to a folder outside', value: `${linked}/${target}` },
    { trick: 'link to a folder, then up', value: `${linked}/nested/../${target}` },
  ];
}
