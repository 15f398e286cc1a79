/**
 * Why a folder cannot be opened as the site its config claims to be. The detector catches it
 * and opens the folder as plain Markdown, showing `message` to the writer.
 */
export class SiteProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SiteProblem';
  }
}

/** What the writer is told after every problem: the folder still opens, and how to get the site back. */
export const openedAsPlain =
  'Lanyard opened the folder as plain Markdown; fix this and open it again to get the site’s layout.';

/** The first line of a parser's message, with the line number when the parser gives one apart. */
export function parserMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // An I/O error names the absolute path (`open '/home/…/_config.yml'`); the notice names the file already.
  const first = (message.split('\n')[0] ?? '')
    .trim()
    .replace(/,? *\b(?:open|read|l?stat|scandir) '[^']*'/g, '')
    .replace(/[.:]$/, '');
  const line = lineOf(error);
  return line === null || /\bline\b/i.test(first) ? first : `${first} (line ${line})`;
}

/** The line smol-toml (`line`) or yaml (`linePos`) reports, when either does. */
function lineOf(error: unknown): number | null {
  if (typeof error !== 'object' || error === null) return null;
  const { line, linePos } = error as { line?: unknown; linePos?: Array<{ line?: unknown }> };
  if (typeof line === 'number') return line;
  const yamlLine = Array.isArray(linePos) ? linePos[0]?.line : undefined;
  return typeof yamlLine === 'number' ? yamlLine : null;
}

/** A config that does not parse: which file, and what the parser said. */
export function unparseableConfig(file: string, error: unknown): SiteProblem {
  return new SiteProblem(`${file} could not be read: ${parserMessage(error)}. ${openedAsPlain}`);
}
