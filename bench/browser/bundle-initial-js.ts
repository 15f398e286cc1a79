import { promises as fs } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** One file of the built renderer, as stored and as gzip (default level) sends it. */
export interface BundleFile {
  /** Relative to the renderer folder, with `/`. */
  file: string;
  rawBytes: number;
  gzipBytes: number;
}

/** What the built renderer makes Chromium fetch before the app runs, and what it leaves for later. */
export interface InitialJs {
  /** The entry scripts, their `modulepreload` links and every chunk they import statically. */
  initial: BundleFile[];
  /** Every other script of the build: fetched only when the app imports it. */
  lazy: BundleFile[];
  /** Stylesheets linked from index.html. */
  stylesheets: BundleFile[];
  /** index.html, the initial scripts and the stylesheets: one request each. */
  initialRequests: number;
}

/** What index.html asks for by itself, as paths relative to the renderer folder. */
export interface HtmlReferences {
  scripts: string[];
  preloads: string[];
  stylesheets: string[];
}

const tagPattern = /<(script|link)\b([^>]*)>/gi;
const attributePattern = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function attributesOf(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of text.matchAll(attributePattern)) {
    const name = (match[1] ?? '').toLowerCase();
    if (!attributes.has(name)) attributes.set(name, match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

const origin = 'http://renderer.invalid';

/**
 * A relative or root-relative reference from `fromFile` resolved as the browser would, with
 * the renderer folder as the origin's root; null for bare specifiers and other origins.
 */
export function resolveReference(fromFile: string, reference: string): string | null {
  if (!/^(?:\.{1,2}\/|\/)/.test(reference)) return null;
  const resolved = new URL(reference, `${origin}/${fromFile}`);
  if (resolved.origin !== origin) return null;
  return decodeURIComponent(resolved.pathname.slice(1));
}

/** Scripts (`<script src>`), `modulepreload` links and stylesheets that index.html names. */
export function htmlReferences(html: string, htmlFile = 'index.html'): HtmlReferences {
  const found: HtmlReferences = { scripts: [], preloads: [], stylesheets: [] };
  for (const [, tag, attributeText] of html.matchAll(tagPattern)) {
    const attributes = attributesOf(attributeText ?? '');
    const isScript = tag?.toLowerCase() === 'script';
    const reference = isScript ? attributes.get('src') : attributes.get('href');
    const resolved = reference ? resolveReference(htmlFile, reference) : null;
    if (resolved === null) continue;
    const rel = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
    if (isScript) found.scripts.push(resolved);
    else if (rel.includes('modulepreload')) found.preloads.push(resolved);
    else if (rel.includes('stylesheet')) found.stylesheets.push(resolved);
  }
  return found;
}

/**
 * The specifiers a module imports statically — `import … from "x"`, `import "x"`,
 * `export … from "x"` — and not `import("x")`, which loads only when it runs. Built chunks are
 * machine-written, so a pattern is enough; a string that merely looks like an import statement
 * would be counted too, which errs on the heavy side.
 */
export function staticImportSpecifiers(code: string): string[] {
  const pattern = /(?<![\w$.])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?(["'])([^"'\n]+)\1/g;
  return [...code.matchAll(pattern)].map((match) => match[2] ?? '');
}

export function gzipBytes(content: string | Buffer): number {
  return gzipSync(content).length;
}

async function bundleFile(rendererDir: string, file: string): Promise<{ size: BundleFile; content: Buffer }> {
  const content = await fs.readFile(path.join(rendererDir, ...file.split('/')));
  return { size: { file, rawBytes: content.length, gzipBytes: gzipBytes(content) }, content };
}

async function scriptsUnder(rendererDir: string): Promise<string[]> {
  const entries = await fs.readdir(rendererDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && /\.m?js$/.test(entry.name))
    .map((entry) => path.relative(rendererDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** Sums a list of files. */
export function totalOf(files: readonly BundleFile[]): { rawBytes: number; gzipBytes: number } {
  return files.reduce(
    (sum, file) => ({ rawBytes: sum.rawBytes + file.rawBytes, gzipBytes: sum.gzipBytes + file.gzipBytes }),
    { rawBytes: 0, gzipBytes: 0 },
  );
}

/**
 * Reads the built renderer in `rendererDir` as Chromium would: index.html's scripts and
 * `modulepreload` links, then every chunk those import statically, transitively — all fetched
 * before the app's code runs. Every other script is lazy.
 */
export async function measureInitialJs(rendererDir: string): Promise<InitialJs> {
  const html = await fs.readFile(path.join(rendererDir, 'index.html'), 'utf8');
  const references = htmlReferences(html);
  const initial = new Map<string, BundleFile>();
  const queue = [...references.scripts, ...references.preloads];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (initial.has(file)) continue;
    const { size, content } = await bundleFile(rendererDir, file);
    initial.set(file, size);
    for (const specifier of staticImportSpecifiers(content.toString('utf8'))) {
      const imported = resolveReference(file, specifier);
      if (imported !== null && !initial.has(imported)) queue.push(imported);
    }
  }
  const lazyFiles = (await scriptsUnder(rendererDir)).filter((file) => !initial.has(file));
  const lazy = await Promise.all(lazyFiles.map(async (file) => (await bundleFile(rendererDir, file)).size));
  const stylesheets = await Promise.all(
    references.stylesheets.map(async (file) => (await bundleFile(rendererDir, file)).size),
  );
  return {
    initial: [...initial.values()],
    lazy,
    stylesheets,
    initialRequests: 1 + initial.size + stylesheets.length,
  };
}
