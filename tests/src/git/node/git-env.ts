import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const identityVariables = [
  'GIT_AUTHOR_NAME',
  'GIT_AUTHOR_EMAIL',
  'GIT_COMMITTER_NAME',
  'GIT_COMMITTER_EMAIL',
  'EMAIL',
  'GIT_CONFIG_GLOBAL',
  'GIT_CONFIG_SYSTEM',
  'GIT_DIR',
  'GIT_WORK_TREE',
];

/**
 * Points git at an empty home folder (no global config, so no identity and no default branch)
 * and stops it from looking for repositories above `ceiling`. Returns the home folder and a
 * function that puts the environment back.
 */
export async function isolateGit(ceiling: string): Promise<{ home: string; restore: () => void }> {
  const saved = { ...process.env };
  const home = await fs.mkdtemp(path.join(os.tmpdir(), 'lanyard-home-'));
  for (const name of identityVariables) delete process.env[name];
  Object.assign(process.env, {
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CEILING_DIRECTORIES: ceiling,
  });
  return {
    home,
    restore() {
      for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
      Object.assign(process.env, saved);
      void fs.rm(home, { recursive: true, force: true });
    },
  };
}
