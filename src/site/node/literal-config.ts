import { promises as fs } from 'node:fs';

/** How much of a code config Lanyard reads for literal settings. */
export const maxConfigChars = 64 * 1024;
/** How long a literal setting or block may be; real ones are far shorter, and the bound keeps matching linear. */
const maxLiteralChars = 2048;

/** Where the string starting at `start` ends (after its closing quote), escapes skipped. */
function stringEnd(code: string, start: number): number {
  const quote = code[start];
  let at = start + 1;
  while (at < code.length && code[at] !== quote) at += code[at] === '\\' ? 2 : 1;
  return Math.min(at + 1, code.length);
}

/** The code with its comments removed, in one pass that leaves strings (`"src/**"`, URLs) whole. */
export function withoutComments(code: string): string {
  let kept = '';
  let at = 0;
  while (at < code.length) {
    const char = code[at]!;
    if (char === '"' || char === "'" || char === '`') {
      const end = stringEnd(code, at);
      kept += code.slice(at, end);
      at = end;
    } else if (code.startsWith('//', at)) {
      const lineEnd = code.indexOf('\n', at);
      at = lineEnd === -1 ? code.length : lineEnd;
    } else if (code.startsWith('/*', at)) {
      const blockEnd = code.indexOf('*/', at + 2);
      at = blockEnd === -1 ? code.length : blockEnd + 2;
    } else {
      kept += char;
      at += 1;
    }
  }
  return kept;
}

/**
 * The part of a code config Lanyard reads: its first 64 KB, comments removed. A literal config
 * is short; reading no further keeps a hostile file from stalling the app.
 */
export function configHead(code: string): string {
  return withoutComments(code.slice(0, maxConfigChars));
}

/** The head of a code config file (`configHead`), without reading the rest; '' when it cannot be read. */
export async function readConfigHead(file: string): Promise<string> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, 'r');
  } catch {
    return '';
  }
  try {
    // Up to four bytes a character, so every character of the head is read.
    const buffer = Buffer.alloc(maxConfigChars * 4);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return configHead(buffer.subarray(0, bytesRead).toString('utf8'));
  } catch {
    return '';
  } finally {
    await handle.close();
  }
}

/** `key` as a property name, not the end of a longer name (`base` but not `database`). */
const keyPattern = (key: string) => `(?<![\\w$])${key}\\s*:\\s*`;

/**
 * The string `key` is set to literally (`key: "value"`, any quotes) in a config head; null when
 * it is not, or is computed (a template with `${`). The first such setting wins, wherever it
 * stands: Lanyard reads code, it does not run it. `key` must be a plain identifier.
 */
export function literalSetting(head: string, key: string): string | null {
  const quoted = new RegExp(`${keyPattern(key)}(['"\`])([^'"\`\\n]{0,${maxLiteralChars}})\\1`);
  const value = quoted.exec(head)?.[2];
  return value === undefined || value.includes('${') ? null : value;
}

/**
 * The inside of the object `key` is set to literally (`build: { format: "file" }`), when it
 * holds no nested object; null otherwise. `key` must be a plain identifier.
 */
export function literalBlock(head: string, key: string): string | null {
  return new RegExp(`${keyPattern(key)}\\{([^{}]{0,${maxLiteralChars}})\\}`).exec(head)?.[1] ?? null;
}
