import { gitSettings } from './config';

/** Ssh that never waits for a password or a host-key answer nobody can give. */
const batchSsh = 'ssh -o BatchMode=yes -o ConnectTimeout=20';

/**
 * Extra args (put before the verb) and env for commands that talk to a remote, so nothing
 * hangs: ssh never prompts (BatchMode) and gives up connecting after 20 s, and http aborts a
 * transfer that stalls for 60 s — each only when the user has not configured their own
 * (`GIT_SSH_COMMAND`, `GIT_SSH`, `core.sshCommand`; `http.lowSpeedLimit` and
 * `http.lowSpeedTime` or their `GIT_HTTP_LOW_SPEED_*` variables, each on its own). `repo` may
 * be any existing folder, for a clone that has no repository yet.
 */
export async function networkEnvironment(repo: string): Promise<{ args: string[]; env: Record<string, string> }> {
  const set = await gitSettings(repo);
  const userSsh = set.has('core.sshcommand') || Boolean(process.env.GIT_SSH_COMMAND) || Boolean(process.env.GIT_SSH);
  const args = [
    ...(set.has('http.lowspeedlimit') || process.env.GIT_HTTP_LOW_SPEED_LIMIT ? [] : ['-c', 'http.lowSpeedLimit=1000']),
    ...(set.has('http.lowspeedtime') || process.env.GIT_HTTP_LOW_SPEED_TIME ? [] : ['-c', 'http.lowSpeedTime=60']),
  ];
  return { args, env: userSsh ? {} : { GIT_SSH_COMMAND: batchSsh } };
}
