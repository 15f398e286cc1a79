import { promises as fs } from 'node:fs';
import path from 'node:path';
import { seededRandom } from '../../tests/src/markdown/generate-post';
import { gzipBytes, type BundleFile } from './bundle-initial-js';

/** What the peer page loads: `files` module scripts of `gzipBytes` in all, from `seed`. */
export interface BudgetPageOptions {
  gzipBytes: number;
  /** One entry script plus `files - 1` chunks it imports statically, each named in a `modulepreload` link. */
  files: number;
  seed?: number;
}

const words = (
  'post title draft date tags event session speaker venue badge schedule photo caption summary ' +
  'publish remote branch commit folder index cache preview editor cursor selection layout theme'
).split(' ');
const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$';

type Random = () => number;

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function identifier(random: Random): string {
  const length = 1 + Math.floor(random() * 3);
  return Array.from({ length }, () => pick(random, [...letters])).join('');
}

function integer(random: Random, below: number): number {
  return Math.floor(random() * below);
}

/** Statements over the numbers `x` and `y` and the object `o`, in shapes minified code is full of. */
const statementShapes: Array<(random: Random, key: string, other: string) => string> = [
  (random, key) => `o.${key}=x*${integer(random, 1e6)}+y;`,
  (random, key) => `y+=(o.${key}|0)>>${1 + integer(random, 7)}&${integer(random, 4096)};`,
  (random, key, other) => `o.${other}="${pick(random, words)} ${pick(random, words)}"+x;`,
  (random, key) => `for(let i=0;i<${1 + integer(random, 4)};i++)x+=(o.${key}|0)^${integer(random, 65536)}+i;`,
  (random, key) => `if(x>${integer(random, 5e5)})x-=${integer(random, 9999)};else y^=o.${key}|${integer(random, 999)};`,
  (random, key, other) => `o.${other}=[x,y,${integer(random, 99999)}].map(v=>v%${1 + integer(random, 997)});`,
  (random) => `x=Math.max(x,y*${integer(random, 97)})%${1 + integer(random, 1e6)};`,
  (random, key, other) => `o.${other}={${key}:x,${other}:"${pick(random, words)}",n:${integer(random, 1e5)}};`,
  (random, key, other) => `o.${key}=(o.${other}??${integer(random, 1e4)})*${integer(random, 1e3)}-y;`,
];

/**
 * One function in the style of minified application code — short names, constants, strings,
 * objects, loops and array pipelines, in a random mix — that returns a number when called.
 * Random names and constants keep gzip near the ratio of real bundles (about 3:1).
 */
function generatedFunction(random: Random, name: string): string {
  const keys = Array.from({ length: 4 }, () => identifier(random));
  const statements = Array.from({ length: 3 + integer(random, 6) }, () =>
    pick(random, statementShapes)(random, pick(random, keys), pick(random, keys)),
  );
  return `function ${name}(x,y){const o={};${statements.join('')}return(x+y+Object.keys(o).length)%${1 + integer(random, 1e4)}}`;
}

/** A module of generated functions, `gzipBytes` large or just past it, exporting `run()` that calls them all. */
export function generatedModule(gzipBudget: number, seed: number, prefix: string): string {
  const random = seededRandom(seed);
  const functions: string[] = [];
  const code = () =>
    `${functions.join('\n')}\nexport function run(){let t=0;` +
    `${functions.map((_, index) => `t+=${prefix}${index}(${index},t&255);`).join('')}return t}\n`;
  // Grow in steps sized from the ratio so far; each step checks the real gzip size.
  for (;;) {
    const current = code();
    const size = gzipBytes(current);
    if (size >= gzipBudget) return current;
    const missingRaw = ((gzipBudget - size) * current.length) / Math.max(size, 1);
    const average = functions.length > 0 ? current.length / functions.length : 300;
    const batch = Math.max(1, Math.ceil((missingRaw / average) * 0.9));
    for (let index = 0; index < batch; index++) {
      functions.push(generatedFunction(random, `${prefix}${functions.length}`));
    }
  }
}

/**
 * Writes the peer of Lanyard's start-up into `dir`: a blank page whose only work is to load
 * generated JavaScript of the given gzip size, split like the app's initial scripts, and run
 * it. Returns the scripts written.
 */
export async function writeBudgetPage(dir: string, options: BudgetPageOptions): Promise<BundleFile[]> {
  const { files, seed = 8 } = options;
  const share = Math.ceil(options.gzipBytes / files);
  await fs.mkdir(path.join(dir, 'assets'), { recursive: true });
  const chunks = Array.from({ length: files - 1 }, (_, index) => `assets/chunk-${index}.js`);
  const modules = chunks.map((_, index) => generatedModule(share, seed + index + 1, `c${index}_`));
  const imports = chunks.map((file, index) => `import{run as r${index}}from"./${path.posix.basename(file)}";`);
  const body = generatedModule(share, seed, 'e');
  const runs = chunks.map((_, index) => `r${index}()`).join('+');
  const entry = `${imports.join('')}\n${body}window.__peerResult=run()${runs ? `+${runs}` : ''};\n`;
  const written = [
    { file: 'assets/entry.js', content: entry },
    ...chunks.map((file, index) => ({ file, content: modules[index] ?? '' })),
  ];
  for (const { file, content } of written) await fs.writeFile(path.join(dir, file), content);
  const preloads = chunks.map((file) => `<link rel="modulepreload" href="./${file}">`).join('');
  await fs.writeFile(
    path.join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>Peer</title>` +
      `<script type="module" src="./assets/entry.js"></script>${preloads}</head><body></body></html>\n`,
  );
  return written.map(({ file, content }) => ({
    file,
    rawBytes: Buffer.byteLength(content),
    gzipBytes: gzipBytes(content),
  }));
}
