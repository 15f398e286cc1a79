import type { EditorView } from '@codemirror/view';
import { lazy, Suspense, useCallback, useEffect, useRef, useState, type ComponentType } from 'react';
import type { LanyardApi } from '../../../src/api/client';
import type { SiteInfo } from '../../../src/site/site-info';
import { CommandLayer } from '../commands/CommandLayer';
import { useCommandLayer } from '../commands/useCommandLayer';
import { fileNameOf } from '../documents/post-buffer';
import { RecoveryOffer } from '../documents/RecoveryOffer';
import { FrontMatterPanel } from '../frontmatter/FrontMatterPanel';
import { useSiteSchema } from '../frontmatter/useSiteSchema';
import { useEventMode } from '../events/useEventMode';
import { PostGoalDialogHost } from '../events/PostGoalDialog';
import { usePostWordGoal } from '../events/usePostWordGoal';
import { useWordsToday } from '../events/useWordsToday';
import { useCloseHandshake } from '../hooks/useCloseHandshake';
import { useLastPostRestore } from '../hooks/useLastPostRestore';
import { usePostActions } from '../hooks/usePostActions';
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
  const postActions = usePostActions(api, manager, snapshot.activeId, refreshPosts, report);
  const { startCreating } = postActions;
  const [siteSettingsOpen, setSiteSettingsOpen] = useState(false);
  const events = useEventMode({
    api,
    manager,
    posts,
    report,
    refreshPosts,
    blocked: siteSettingsOpen || publishing.dialog !== null || photos.request !== null,
    siteZone: site.timezone,
  });

  useLastPostRestore(session, posts, manager, snapshot.activeId, updateSession);

  // Photos dropped on or pasted into the editor.
  useEffect(() => {
    imageFiles.set(photos.addFiles);
    return () => imageFiles.set(null);
  }, [imageFiles, photos.addFiles]);

  const togglePreview = () => updateSession({ previewVisible: !previewVisible });

  const postWords = facts && facts.id === snapshot.activeId ? facts.words : null;
  const goalSet = (events.writing.settings?.dailyWordGoal ?? null) !== null;
  const wordsToday = useWordsToday(api, snapshot.activeId, postWords, goalSet);

  const saveAll = useCallback(() => manager.flushAll(), [manager]);
  // The main process opens only http(s) and mailto links (toOpenableLink).
  const openLink = useCallback((url: string) => void api.shell.openExternal({ url }).catch(report), [api, report]); // eng-disable OPEN_EXTERNAL_JS_CHECK
  const openPost = useCallback((id: string) => void manager.open(id), [manager]);
  const onEditorView = useCallback((view: EditorView | null) => (editorView.current = view), []);
  // Saving the settings reopens the site: never over another dialog, a publish or an import.
  const openSiteSettings = () => {
    const busy = publishing.dialog || photos.request || photos.status?.kind === 'importing' || events.dialog;
    if (!busy) setSiteSettingsOpen(true);
  };

  const commandLayer = useCommandLayer(editorView, snapshot.activeId !== null, saveAll);
  const postGoal = usePostWordGoal(session, updateSession, snapshot.activeId);
  const commandHandlers = {
    ...commandLayer.handlers,
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
    'post-word-goal': postGoal.edit,
  };
  useWorkspaceCommands(api, commandHandlers);
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
      <RecoveryOffer api={api} manager={manager} report={report} />
      {snapshot.siteGone && (
        <SiteGoneBanner
          root={snapshot.siteGone.root ?? site.root}
          canSave={snapshot.activeId !== null}
          onSaveElsewhere={postActions.saveElsewhere}
        />
      )}
      <div className="panes">
        <PostList
          posts={posts}
          activeId={snapshot.activeId ?? snapshot.loadingId}
          queuedIds={publishQueue.queuedIds}
          events={events.events}
          width={panes.list}
          creating={postActions.creating}
          onOpen={openPost}
          onStartCreating={startCreating}
          onCancelCreating={postActions.cancelCreating}
          onCreate={postActions.createPost}
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
        postGoal={postGoal.goal}
        onEditPostGoal={postGoal.edit}
      />
      <PostGoalDialogHost postGoal={postGoal} postTitle={title} />
      <CommandLayer layer={commandLayer} handlers={commandHandlers} />
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
