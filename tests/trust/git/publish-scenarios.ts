import { promises as fs } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { PublishOutcome } from '../../../src/publish/publish-types';
import { callChannel } from '../../src/app/node/test-host';
import { git, POST_ID, pushFromElsewhere, type BlogFixture } from '../../src/publish/node/publish-fixture';
import type { GitWorld } from './git-world';

/** Another device pushes a change to about.md that the writer does not have. */
async function phoneChangedAbout(blog: BlogFixture): Promise<void> {
  await pushFromElsewhere(await blog.otherDevice(), 'about.md', '# About, from the phone\n', 'About from the phone');
}

/** One way a publish can fail: the stage it needs, then the writer's moves, each outcome handed to `settle`. */
export interface PublishScenario {
  name: string;
  /** The outcome kinds the writer should see, one per publish, retry or repair, in order. */
  expected: ReadonlyArray<PublishOutcome['kind'] | 'repaired'>;
  /** Sets the stage after the writer's edit; the commits on both sides are counted after it. */
  arrange?(world: GitWorld): Promise<void>;
  /** What the writer does, defaulting to one Publish; a repair through a repository channel settles null. */
  run?(world: GitWorld, settle: (outcome: PublishOutcome | null) => Promise<void>): Promise<void>;
}

/** A server that accepts connections and never answers, as a network that hangs. */
export async function silentServer(): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.resume();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/blog.git`,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Publishes and cancels once the publish reaches `step`, as the writer pressing Cancel. */
async function publishCancelledAt(world: GitWorld, step: 'sync' | 'push', run: string): Promise<PublishOutcome> {
  const publishing = world.publish(run);
  const reached = () =>
    world.host.events.some((event) => {
      const progress = event.payload as { run?: string; step?: string };
      return event.name === 'publish.progress' && progress.run === run && progress.step === step;
    });
  while (!reached()) await new Promise((resolve) => setTimeout(resolve, 20));
  await callChannel(world.core, 'publish.cancel', { run });
  return publishing;
}

async function writeHook(repo: string, name: string, script: string): Promise<void> {
  await fs.writeFile(path.join(repo, '.git', 'hooks', name), `#!/bin/sh\n${script}\n`, { mode: 0o755 });
}

/** Another device's earlier publish, then a rewrite of the remote's history that drops it. */
async function forcePushOverEarlierPublish(world: GitWorld): Promise<void> {
  const { site } = world.blog;
  await fs.writeFile(path.join(site, 'about.md'), '# About, published yesterday\n');
  await git(site, 'commit', '--quiet', '-m', 'Earlier publish from this laptop', '--', 'about.md');
  await git(site, 'push', '--quiet');
  const other = await world.blog.otherDevice();
  await git(other, 'reset', '--quiet', '--hard', 'HEAD~1');
  await fs.writeFile(path.join(other, 'notes.md'), 'Rewritten history\n');
  await git(other, 'add', 'notes.md');
  await git(other, 'commit', '--quiet', '-m', 'Rewritten on another device');
  await git(other, 'push', '--quiet', '--force');
}

/** The failure points of Publish, each ending with the writer's next move where there is one. */
export const publishScenarios: readonly PublishScenario[] = [
  {
    name: 'the remote moved on: another device pushed other files first',
    expected: ['published'],
    arrange: async ({ blog }) => phoneChangedAbout(blog),
  },
  {
    name: 'push rejected as non-fast-forward (no upstream set), then rebased and pushed again',
    expected: ['published'],
    async arrange({ blog }) {
      await phoneChangedAbout(blog);
      await git(blog.site, 'branch', '--quiet', '--unset-upstream');
    },
  },
  {
    name: 'another device pushes while the push is on its way',
    expected: ['failed', 'published'],
    async arrange({ blog }) {
      const other = await blog.otherDevice();
      const once = path.join(blog.site, '..', 'raced-once');
      // Git runs the hook with the site's repository in its environment: the other clone must not see it.
      await writeHook(
        blog.site,
        'pre-push',
        [
          `[ -e "${once}" ] && exit 0`,
          `touch "${once}"`,
          `cd "${other}" && unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE GIT_PREFIX`,
          'echo "# About, racing" > about.md',
          'git -c user.name=Other -c user.email=other@lanyard.invalid commit --quiet -am "Pushed mid-push" && git push --quiet',
        ].join('\n'),
      );
    },
    async run(world, settle) {
      await settle(await world.publish('race-1'));
      await settle(await world.publish('race-2'));
    },
  },
  {
    name: 'network down: the publish is queued, then the retry pushes it',
    expected: ['queued', 'queued', 'published'],
    async run(world, settle) {
      const { site, bare } = world.blog;
      await git(site, 'remote', 'set-url', 'origin', 'http://127.0.0.1:9/blog.git');
      await settle(await world.publish('offline'));
      await settle(await callChannel<PublishOutcome | null>(world.core, 'publish.retry'));
      await git(site, 'remote', 'set-url', 'origin', bare);
      await settle(await callChannel<PublishOutcome | null>(world.core, 'publish.retry'));
    },
  },
  {
    name: 'rebase conflict: another device changed the same lines, then the writer keeps their own lines',
    expected: ['conflict', 'published'],
    async arrange({ blog }) {
      const other = await blog.otherDevice();
      const text = await fs.readFile(path.join(other, POST_ID), 'utf8');
      await pushFromElsewhere(other, POST_ID, text.replace('Second line.', 'Fixed on the phone.'), 'Phone fix');
    },
    async run(world, settle) {
      await settle(await world.publish('conflict'));
      await settle(await world.publish('keep-mine', { keepMine: true }));
    },
  },
  {
    name: 'the writer’s unticked edit clashes with the remote’s (autostash)',
    expected: ['published'],
    async arrange({ blog }) {
      await phoneChangedAbout(blog);
      await fs.writeFile(path.join(blog.site, 'about.md'), '# About, half written\n');
    },
  },
  {
    name: 'a pre-commit hook refuses the commit',
    expected: ['failed'],
    arrange: ({ blog }) => writeHook(blog.site, 'pre-commit', 'echo "lint failed" >&2\nexit 1'),
  },
  {
    name: 'a pre-receive hook on the remote refuses the push',
    expected: ['failed'],
    arrange: ({ blog }) =>
      fs.writeFile(path.join(blog.bare, 'hooks', 'pre-receive'), '#!/bin/sh\necho "review first" >&2\nexit 1\n', {
        mode: 0o755,
      }),
  },
  {
    name: 'remote rewritten: another device force-pushed over an earlier publish',
    expected: ['published'],
    arrange: forcePushOverEarlierPublish,
  },
  {
    name: 'cancel while the pull hangs',
    expected: ['cancelled'],
    async run(world, settle) {
      const server = await silentServer();
      try {
        await git(world.blog.site, 'remote', 'set-url', 'origin', server.url);
        await settle(await publishCancelledAt(world, 'sync', 'cancel-pull'));
      } finally {
        await server.close();
      }
    },
  },
  {
    name: 'cancel while the push hangs',
    expected: ['cancelled', 'published'],
    async run(world, settle) {
      const server = await silentServer();
      try {
        await git(world.blog.site, 'remote', 'set-url', '--push', 'origin', server.url);
        await settle(await publishCancelledAt(world, 'push', 'cancel-push'));
      } finally {
        await server.close();
      }
      await git(world.blog.site, 'config', '--unset', 'remote.origin.pushurl');
      await settle(await world.publish('after-cancel'));
    },
  },
  {
    name: 'the repository is locked by another git (index.lock), then the writer removes the lock',
    expected: ['failed', 'published'],
    async run(world, settle) {
      const lock = path.join(world.blog.site, '.git', 'index.lock');
      await fs.writeFile(lock, '');
      await settle(await world.publish('locked'));
      await fs.rm(lock);
      await settle(await world.publish('unlocked'));
    },
  },
  {
    name: 'detached HEAD holding a commit no branch has, then the writer checks out main as offered',
    expected: ['failed', 'repaired', 'published'],
    async arrange({ blog }) {
      await git(blog.site, 'checkout', '--quiet', '--detach');
      await fs.writeFile(path.join(blog.site, 'notes.md'), 'Committed while detached\n');
      await git(blog.site, 'add', 'notes.md');
      await git(blog.site, 'commit', '--quiet', '-m', 'Commit on a detached HEAD');
    },
    async run(world, settle) {
      await settle(await world.publish('detached'));
      await callChannel(world.core, 'publish.checkoutBranch', { branch: 'main' });
      await settle(null);
      await settle(await world.publish('on-main'));
    },
  },
  {
    name: 'a rebase left half done by someone else, then Lanyard aborts it and the writer keeps their own lines',
    expected: ['failed', 'repaired', 'conflict', 'published'],
    async arrange({ blog }) {
      const other = await blog.otherDevice();
      await pushFromElsewhere(other, 'about.md', '# About, theirs\n', 'About, theirs');
      await fs.writeFile(path.join(blog.site, 'about.md'), '# About, mine\n');
      await git(blog.site, 'commit', '--quiet', '-m', 'About, mine', '--', 'about.md');
      await git(blog.site, 'fetch', '--quiet');
      const post = path.join(blog.site, POST_ID);
      const edited = await fs.readFile(post, 'utf8');
      await git(blog.site, 'checkout', '--quiet', '--', POST_ID);
      await git(blog.site, 'rebase', 'origin/main').catch(() => '');
      // The writer goes on writing in Lanyard while the terminal's rebase waits for them.
      await fs.writeFile(post, edited);
    },
    async run(world, settle) {
      await settle(await world.publish('mid-rebase'));
      await callChannel(world.core, 'publish.abortOperation');
      await settle(null);
      await settle(await world.publish('after-abort'));
      await settle(await world.publish('keep-mine', { keepMine: true }));
    },
  },
];
