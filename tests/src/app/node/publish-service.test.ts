import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PublishService } from '../../../../src/app/node/publish-service';
import { useTempSite } from '../../support/temp-site';
import { testHost } from './test-host';

let temp = '';
useTempSite((folders) => ({ temp } = folders));

describe('PublishService.isBusy', () => {
  it('is true while a publish for the site runs or waits, and false once every one has settled', async () => {
    const service = new PublishService(testHost(path.join(temp, 'user-data')));
    let finishFirst = () => {};
    const first = service.exclusive('/site', 'run-1', () => new Promise<void>((resolve) => (finishFirst = resolve)));
    const second = service.exclusive('/site', 'run-2', () => Promise.reject(new Error('push failed')));
    expect(service.isBusy('/site')).toBe(true);
    expect(service.isBusy('/other')).toBe(false);
    await Promise.resolve();
    finishFirst();
    await first;
    expect(service.isBusy('/site'), 'the second still waits its turn').toBe(true);
    await expect(second).rejects.toThrow('push failed');
    expect(service.isBusy('/site')).toBe(false);
    service.dispose();
  });
});
