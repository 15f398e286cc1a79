/**
 * `npm run dist`: checks electron-builder.yml, says which installers it makes, then runs
 * electron-builder for this platform. Arguments are passed on, so `npm run dist -- --dir` makes
 * an unpacked app only and `npm run dist -- --linux deb` a single format.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { builderConfigFile, describeDist, loadPackagingConfig } from './packaging-config';

console.log(describeDist(await loadPackagingConfig()));
const cli = createRequire(import.meta.url).resolve('electron-builder/cli.js');
const result = spawnSync(process.execPath, [cli, '--config', builderConfigFile, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exitCode = result.status ?? 1;
