import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseDocument, type Document } from 'yaml';
import { LanyardError } from '../../api/lanyard-error';

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}

/**
 * Whether one of Lanyard's own files in the site (`.lanyard/site.yml`, site-relative POSIX) is
 * there. Throws `refused` when it or its folder is reached through a link, which could lead
 * anywhere, or when its folder is a file.
 */
export async function lanyardFilePresence(root: string, relative: string): Promise<'missing' | 'present'> {
  const file = path.join(root, ...relative.split('/'));
  const folder = path.dirname(file);
  for (const candidate of [folder, file]) {
    const stats = await fs.lstat(candidate).catch((error: unknown) => {
      if (errorCode(error) === 'ENOENT') return null;
      throw error;
    });
    if (stats === null) return 'missing';
    if (stats.isSymbolicLink()) {
      throw new LanyardError('refused', `${relative} is reached through a link, and Lanyard does not follow links.`);
    }
    if (candidate === folder && !stats.isDirectory()) {
      throw new LanyardError('refused', `${path.posix.dirname(relative)} is a file, not a folder.`);
    }
  }
  return 'present';
}

/** A YAML document that parsed cleanly; throws the first error, with its line, otherwise. */
export function parseYamlDocument(text: string): Document {
  const doc = parseDocument(text, { prettyErrors: true });
  const [error] = doc.errors;
  if (error !== undefined) throw error;
  return doc;
}
