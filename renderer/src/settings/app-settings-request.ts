import { createSignal } from '../lib/signal';

/** Bumped by anything that opens the settings (a gear button); the app's settings host listens. */
export const appSettingsRequests = createSignal(0);

/** Opens the Settings dialog. */
export function requestAppSettings(): void {
  appSettingsRequests.set(appSettingsRequests.get() + 1);
}
