import type { DailyWords } from '../events/daily-words';
import type { WritingSettings } from '../events/writing-settings';
import type { ImageSettings } from '../images/image-settings';
import type { SessionState } from '../posts/post-types';
import type { AppSettings } from './app-settings';
import type { CommitTemplates } from '../publish/commit-message';
import type { QueuedPublish } from '../publish/publish-types';

/** Everything Lanyard keeps between runs. Lives in the main process only (electron-store). */
export interface Settings {
  /** Absolute site folders, most recent first. */
  recentSites: string[];
  /** Per-site session, keyed by the site's absolute folder. */
  sessions: Record<string, SessionState>;
  windowBounds: { x?: number; y?: number; width: number; height: number } | null;
  /** Per-site photo settings, keyed by the site's absolute folder; defaults where unset. */
  imageSettings: Record<string, Partial<ImageSettings>>;
  /** Per-site commit message templates, keyed by the site's absolute folder; defaults where unset. */
  publishTemplates: Record<string, Partial<CommitTemplates>>;
  /** Publishes committed but not yet pushed, keyed by the site's absolute folder; they survive a restart. */
  publishQueue: Record<string, QueuedPublish>;
  /** The writer's own way of working, for every site; defaults where unset. */
  writing: Partial<WritingSettings>;
  /** The words written today, post by post (keyed by site folder and post id); null before the first. */
  dailyWords: DailyWords | null;
  /** The writer's app-wide settings (theme, editor, spelling, defaults for every site); defaults where unset. */
  app: Partial<AppSettings>;
  /** Per site, keyed by its absolute folder: whether the preview uses the site's own stylesheet. */
  previewSiteStyle: Record<string, boolean>;
}

/** The store the core reads and writes; electron-store in the app, conf in the test harness. */
export interface SettingsStore {
  get<K extends keyof Settings>(key: K): Settings[K];
  set<K extends keyof Settings>(key: K, value: Settings[K]): void;
}

export const defaultSession: SessionState = {
  lastPostId: null,
  previewVisible: true,
  paneWidths: { list: 260, preview: 520 },
};

export const defaultSettings: Settings = {
  recentSites: [],
  sessions: {},
  windowBounds: null,
  imageSettings: {},
  publishTemplates: {},
  publishQueue: {},
  writing: {},
  dailyWords: null,
  app: {},
  previewSiteStyle: {},
};
