import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLanyardCore } from '../../../../src/app/node/lanyard-core';
import type { PublishStatus } from '../../../../src/publish/publish-types';
import { useGitSandbox } from '../../git/node/git-env';
import { makeBlog, POST_ID } from '../../publish/node/publish-fixture';
import { callChannel, testHost } from './test-host';

const sandbox = useGitSandbox();

describe('the publish branch set in Settings', () => {
  it('is named in the publish status when another branch is checked out, and nothing is said when it matches', async () => {
    const blog = await makeBlog(sandbox.path);
    const core = createLanyardCore(testHost(path.join(sandbox.path, 'user-data')));
    await core.openSite(blog.site);
    const status = () => callChannel<PublishStatus>(core, 'publish.status', { id: POST_ID });

    expect((await status()).expectedBranch).toBeUndefined();
    await callChannel(core, 'app.updateSettings', { publishBranch: 'gh-pages' });
    expect(await status()).toMatchObject({ branch: 'main', expectedBranch: 'gh-pages' });
    await callChannel(core, 'app.updateSettings', { publishBranch: 'main' });
    expect((await status()).expectedBranch).toBeUndefined();
    await core.dispose();
  });
});
