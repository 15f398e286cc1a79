import type { z } from 'zod';
import type { PublishProgress, QueuedPublish } from '../publish/publish-types';
import type { RecentSite } from '../site/recent-site';
import type { SiteInfo } from '../site/site-info';
import type { AppSettings } from '../settings/app-settings';
import type { Channel } from './channel';
import { appChannels } from './channels/app-channels';
import { eventChannels } from './channels/event-channels';
import { imageChannels } from './channels/image-channels';
import { postChannels } from './channels/post-channels';
import { publishChannels } from './channels/publish-channels';
import { siteChannels } from './channels/site-channels';

export { MAX_IMAGE_BYTES, MAX_POST_CHARS } from './channel';

/**
 * Every call from the renderer to the main process: its name, the runtime schema of its one
 * argument, and its result type. IPC handlers, the preload API and the test bridge all derive
 * from this table.
 */
export const channels = {
  ...siteChannels,
  ...postChannels,
  ...imageChannels,
  ...publishChannels,
  ...eventChannels,
  ...appChannels,
} as const;

/**
 * Every message from the main process to the renderer, with its payload type. Payloads come
 * from trusted code, so they carry types only.
 */
export interface EventPayloads {
  /** Posts were added, removed or changed on disk: the list should be fetched again. */
  'posts.changed': { ids: string[] };
  /** An open post's file changed on disk and no longer matches `version`. */
  'post.changedOnDisk': { id: string; version: string | null };
  /** The site folder disappeared while open. */
  'site.vanished': { root: string };
  /** A different site was opened (menu, dialog, command line). */
  'site.opened': SiteInfo;
  /** The open site was closed (File → Close Site): the window shows the Welcome screen. */
  'site.closed': { root: string };
  /** The recent sites changed (a site opened, one was forgotten, the list was cleared). */
  'site.recentChanged': { sites: RecentSite[] };
  /** The window is about to close, or another site is about to open: save, then call `app.readyToClose`. */
  'app.closing': Record<string, never>;
  /** A menu command for the renderer to carry out. */
  'menu.command': {
    command:
      | 'new-post'
      | 'save'
      | 'toggle-preview'
      | 'insert-image'
      | 'publish'
      | 'unpublish'
      | 'open-from-git'
      | 'site-settings'
      | 'new-day-post'
      | 'insert-update'
      | 'publish-update'
      | 'quick-capture'
      | 'events'
      | 'app-settings'
      | 'find'
      | 'format-bold'
      | 'format-italic'
      | 'format-link'
      | 'format-heading-1'
      | 'format-heading-2'
      | 'format-heading-3'
      | 'format-bullet-list'
      | 'format-numbered-list'
      | 'format-inline-code'
      | 'format-code-block'
      | 'command-palette'
      | 'toggle-outline'
      | 'toggle-focus-mode'
      | 'toggle-typewriter-mode'
      | 'post-word-goal'
      | 'open-site';
  };
  /** The app-wide settings changed: theme, editor and spelling apply at once. */
  'app.settingsChanged': AppSettings;
  /** A step of a running publish or clone. */
  'publish.progress': PublishProgress;
  /** The queue of unpushed publishes changed (queued, retried, pushed). */
  'publish.queueChanged': { queued: QueuedPublish | null };
}

export type ChannelName = keyof typeof channels;
export type EventName = keyof EventPayloads;
export type ChannelInput<C extends ChannelName> = z.output<(typeof channels)[C]['input']>;
type OutputOf<T> = T extends Channel<z.ZodType, infer O> ? O : never;
export type ChannelOutput<C extends ChannelName> = OutputOf<(typeof channels)[C]>;

/** The handler table the main-process services provide, one function per channel. */
export type Handlers = {
  [C in ChannelName]: (arg: ChannelInput<C>) => Promise<ChannelOutput<C>>;
};

/** All channel names, in declaration order. */
export const channelNames = Object.keys(channels) as ChannelName[];

/** Listener for main-to-renderer events. */
export type EventListener = <E extends EventName>(name: E, payload: EventPayloads[E]) => void;
