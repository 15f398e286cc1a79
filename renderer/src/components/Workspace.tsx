import type { EditorView } from '@codemirror/view';
import { lazy, Suspense, useCallback, useEffect, useRef, useState, type ComponentType } from 'react';
import type { LanyardApi } from '../../../src/api/client';
import type { SiteInfo } from '../../../src/site/site-info';
import { fileNameOf } from '../documents/post-buffer';
import { FrontMatterPanel } from '../frontmatter/FrontMatterPanel';
import { useSiteSchema } from '../frontmatter/useSiteSchema';
import { useEventMode } from '../events/useEventMode';
import { useWordsToday } from '../events/useWordsToday';
import { useCloseHandshake } from '../hooks/useCloseHandshake';
import { useDocumentManager } from '../hooks/useDocumentManager';
import { useLanyardEvent } from '../hooks/useLanyardEvent';
import { usePaneWidths } from '../hooks/usePaneWidths';
import { usePosts } from '../hooks/usePosts';
import { useSession } from '../hooks/useSession';
import { useTextFacts } from '../hooks/useTextFacts';
import { useWindowBlur } from '../hooks/useWindowBlur';
import { useWorkspaceCommands } from '../hooks/useWorkspaceCommands';
import { ImageCheckBar } from '../images/ImageCheckBar';
import { ImportProgress } from '../images/ImportProgress';
import { useImageCheck } from '../images/useImageCheck';
import { useImageImport } from '../images/useImageImport';
import { displayTitle } from '../lib/format';
import { QueueIndicator } from '../publish/QueueIndicator';
import { usePublish } from '../publish/usePublish';
import { usePublishQueue } from '../publish/usePublishQueue';
import { EditorPane } from './EditorPane';
import { LivePreview } from './LivePreview';
import { PostList } from './PostList';
import { SiteGoneBanner } from './SiteGoneBanner';
import { SiteNotice } from './SiteNotice';
import { Splitter } from './Splitter';
import { StatusBar } from './StatusBar';

/** A dialog whose code loads when it first opens, so the first view does not wait for it. */
function loadedOnOpen<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  return lazy(async () => ({ default: await load() }));
}
const EventModeDialogs = loadedOnOpen(async () => (await import('../events/EventModeDialogs')).EventModeDialogs);
const ImageImportDialog = loadedOnOpen(async () => (await import('../images/ImageImportDialog')).ImageImportDialog);
const ImageSettingsPanel = loadedOnOpen(async () => (await import('../images/ImageSettingsPanel')).ImageSettingsPanel);
const PublishDialog = loadedOnOpen(async () => (await import('../publish/PublishDialog')).PublishDialog);
const SiteSettingsDialog = loadedOnOpen(async () => (await import('../site/SiteSettingsDialog')).SiteSettingsDialog);

interface WorkspaceProps {
  api: LanyardApi;
  site: SiteInfo;
  report: (error: unknown) => void;
  /** The site was opened again with new settings: the workspace starts afresh. */
  onReopened: (site: SiteInfo) => void;
}

/** The three panes for one open site: posts, editor, preview; and the status bar. */
export function Workspace({ api, site, report, onReopened }: WorkspaceProps) {
  const { session, update: updateSession } = useSession(api, report);
  const { posts, refresh: refreshPosts } = usePosts(api, report);
  const { manager, snapshot, topLine, imageFiles } = useDocumentManager(api, site.root, report);
  const editorView = useRef<EditorView | null>(null);
  const photos = useImageImport(api, manager, editorView, report);
  const imageCheck = useImageCheck(api, manager, snapshot.activeId, report);
  const facts = useTextFacts(manager.liveDoc);
  const { schema, images } = useSiteSchema(api, report);
  const publishing = usePublish(api, manager, report);
  const publishQueue = usePublishQueue(api, report);
  const previewVisible = session?.previewVisible ?? true;
  const panes = usePaneWidths(session, previewVisible, updateSession);
  const [creating, setCreating] = useState(false);
  const [siteSettingsOpen, setSiteSettingsOpen] = useState(false);
  const restored = useRef(false);
  const events = useEventMode({
    api,
    manager,
    posts,
    report,
    refreshPosts,
    blocked: siteSettingsOpen || publishing.dialog !== null || photos.request !== null,
    siteZone: site.timezone,
  });

  // Reopen the last post once both the session and the list are known.
  useEffect(() => {
    if (restored.current || !session || !posts) return;
    restored.current = true;
    const last = posts.find((post) => post.id === session.lastPostId);
    if (last?.readable) void manager.open(last.id);
  }, [session, posts, manager]);

  useEffect(() => {
    if (restored.current && snapshot.activeId && snapshot.activeId !== session?.lastPostId) {
      updateSession({ lastPostId: snapshot.activeId });
    }
  }, [snapshot.activeId, session?.lastPostId, updateSession]);

  // Photos dropped on or pasted into the editor.
  useEffect(() => {
    imageFiles.set(photos.addFiles);
    return () => imageFiles.set(null);
  }, [imageFiles, photos.addFiles]);

  const togglePreview = () => updateSession({ previewVisible: !previewVisible });

  const createPost = useCallback(
    async (title: string): Promise<boolean> => {
      try {
        const created = await api.posts.create({ title });
        setCreating(false);
        void refreshPosts();
        await manager.open(created.id);
        manager.focusEditor(true);
        return true;
      } catch (error) {
        report(error);
        return false;
      }
    },
    [api, manager, refreshPosts, report],
  );

  const saveElsewhere = async (): Promise<string | null> => {
    const text = manager.activeText();
    if (text === null || !snapshot.activeId) return null;
    try {
      const saved = await api.posts.saveElsewhere({ text, suggestedName: fileNameOf(snapshot.activeId) });
      return saved?.path ?? null;
    } catch (error) {
      report(error);
      return null;
    }
  };

  const postWords = facts && facts.id === snapshot.activeId ? facts.words : null;
  const goalSet = (events.writing.settings?.dailyWordGoal ?? null) !== null;
  const wordsToday = useWordsToday(api, snapshot.activeId, postWords, goalSet);

  const saveAll = useCallback(() => manager.flushAll(), [manager]);
  const openLink = useCallback((url: string) => void api.shell.openExternal({ url }).catch(report), [api, report]);
  const openPost = useCallback((id: string) => void manager.open(id), [manager]);
  const startCreating = useCallback(() => setCreating(true), []);
  const cancelCreating = useCallback(() => setCreating(false), []);
  const onEditorView = useCallback((view: EditorView | null) => (editorView.current = view), []);
  // Saving the settings reopens the site: never over another dialog, a publish or an import.
  const openSiteSettings = () => {
    const busy = publishing.dialog || photos.request || photos.status?.kind === 'importing' || events.dialog;
    if (!busy) setSiteSettingsOpen(true);
  };

  useWorkspaceCommands(api, {
    save: () => void manager.saveActive(),
    'new-post': startCreating,
    'toggle-preview': togglePreview,
    'insert-image': photos.choosePhotos,
    publish: () => events.dialog === null && void publishing.open(),
    unpublish: () => events.dialog === null && void publishing.open(),
    'publish-update': () => events.dialog === null && void publishing.open(true),
    'site-settings': openSiteSettings,
    'new-day-post': events.commands.newDayPost,
    'insert-update': events.commands.insertUpdate,
    'quick-capture': events.commands.quickCapture,
    events: events.commands.manageEvents,
  });
  useWindowBlur(() => {
    manager.rememberCursor();
    void manager.saveActive();
  });

  useLanyardEvent(api, 'post.changedOnDisk', ({ id, version }) => manager.handleChangedOnDisk(id, version));
  useLanyardEvent(api, 'site.vanished', ({ root }) => manager.siteVanished(root));
  useCloseHandshake(api, manager, report);
  useLanyardEvent(api, 'site.opened', ({ root }) => manager.siteOpened(root));

  const activePost = posts?.find((post) => post.id === snapshot.activeId);
  const title = snapshot.activeId ? (activePost ? displayTitle(activePost) : fileNameOf(snapshot.activeId)) : null;

  return (
    <div className="workspace">
      <SiteNotice notice={site.notice} />
      {snapshot.siteGone && (
        <SiteGoneBanner
          root={snapshot.siteGone.root ?? site.root}
          canSave={snapshot.activeId !== null}
          onSaveElsewhere={saveElsewhere}
        />
      )}
      <div className="panes">
        <PostList
          posts={posts}
          activeId={snapshot.activeId ?? snapshot.loadingId}
          queuedIds={publishQueue.queuedIds}
          events={events.events}
          width={panes.list}
          creating={creating}
          onOpen={openPost}
          onStartCreating={startCreating}
          onCancelCreating={cancelCreating}
          onCreate={createPost}
        />
        <Splitter
          label="Resize the post list"
          controls="post-list"
          value={panes.list}
          min={panes.limits.list.min}
          max={panes.limits.list.max}
          direction={1}
          onChange={panes.dragList}
          onCommit={panes.commitList}
        />
        <EditorPane
          manager={manager}
          snapshot={snapshot}
          title={title}
          frontMatter={
            snapshot.activeId && (
              <FrontMatterPanel
                api={api}
                manager={manager}
                id={snapshot.activeId}
                readOnly={snapshot.readOnly || snapshot.siteGone !== null}
                schema={schema}
                images={images}
                assetBaseUrl={site.assetBaseUrl}
                report={report}
              />
            )
          }
          imageBars={
            <>
              <ImportProgress status={photos.status} onCancel={photos.cancel} />
              <ImageCheckBar check={imageCheck.check} onRemove={imageCheck.removeUnused} />
            </>
          }
          previewVisible={previewVisible}
          onTogglePreview={togglePreview}
          onInsertImage={photos.choosePhotos}
          onPublish={() => void publishing.open()}
          onView={onEditorView}
        />
        {previewVisible && (
          <Splitter
            label="Resize the preview"
            controls="preview-pane"
            value={panes.preview}
            min={panes.limits.preview.min}
            max={panes.limits.preview.max}
            direction={-1}
            onChange={panes.dragPreview}
            onCommit={panes.commitPreview}
          />
        )}
        <div className="preview-pane" id="preview-pane" hidden={!previewVisible} style={{ width: panes.preview }}>
          <LivePreview
            manager={manager}
            topLine={topLine}
            assetBaseUrl={site.assetBaseUrl}
            siteKind={site.kind}
            visible={previewVisible}
            onOpenLink={openLink}
            onImageFiles={photos.addFiles}
          />
        </div>
      </div>
      <StatusBar
        facts={snapshot.activeId && facts?.id === snapshot.activeId ? facts : null}
        status={snapshot.activeId ? snapshot.status : null}
        readOnly={snapshot.readOnly}
        siteName={site.name}
        publishQueue={
          <QueueIndicator queued={publishQueue.queued} retrying={publishQueue.retrying} onRetry={publishQueue.retry} />
        }
        onOpenSiteSettings={openSiteSettings}
        wordGoal={events.writing.settings?.dailyWordGoal ?? null}
        wordsToday={wordsToday}
        onOpenWritingSettings={events.commands.writingSettings}
      />
      {/* A boundary each, so a dialog still loading never hides one already open. */}
      <Suspense>
        {events.dialog && <EventModeDialogs api={api} mode={events} report={report} saveAll={saveAll} />}
      </Suspense>
      <Suspense>
        {siteSettingsOpen && (
          <SiteSettingsDialog
            api={api}
            site={site}
            manager={manager}
            onReopened={onReopened}
            onClose={() => setSiteSettingsOpen(false)}
          />
        )}
      </Suspense>
      <Suspense>
        {photos.request && (
          <ImageImportDialog
            key={photos.request.batch}
            request={photos.request}
            onConfirm={photos.confirm}
            onCancel={photos.dismiss}
            settings={<ImageSettingsPanel api={api} report={report} />}
          />
        )}
      </Suspense>
      <Suspense>
        {publishing.dialog && (
          <PublishDialog
            api={api}
            publishing={publishing}
            dialog={publishing.dialog}
            siteKind={site.kind}
            postTitle={title}
            onOpenUrl={openLink}
          />
        )}
      </Suspense>
    </div>
  );
}
