import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { bridgeScriptEnv, buildBridgeScript } from './support/bridge-script';

/** Builds the bridge init script once per run; workers read it through the environment. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lanyard-e2e-bridge-'));
  const file = path.join(dir, 'bridge-preload.js');
  await writeFile(file, await buildBridgeScript());
  process.env[bridgeScriptEnv] = file;
  return () => rm(dir, { recursive: true, force: true });
}
