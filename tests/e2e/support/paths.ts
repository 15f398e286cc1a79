import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file so specs can run from any working directory. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** What `npm run build` (electron-vite) writes for the renderer. */
export const rendererDir = path.join(repoRoot, 'out', 'renderer');
/** The sample blog Lanyard ships and copies on first launch. */
export const sampleBlogDir = path.join(repoRoot, 'resources', 'sample-blog');
