import { useCallback, useState } from 'react';
import type { LanyardApi } from '../../../src/api/client';
import { fileNameOf } from '../documents/post-buffer';
import type { DocumentManager } from '../documents/document-manager';

/** New post (the form's state and its creation) and Save Elsewhere for the open post. */
export function usePostActions(
  api: LanyardApi,
  manager: DocumentManager,
  activeId: string | null,
  refreshPosts: () => Promise<unknown>,
  report: (error: unknown) => void,
) {
  const [creating, setCreating] = useState(false);
  const startCreating = useCallback(() => setCreating(true), []);
  const cancelCreating = useCallback(() => setCreating(false), []);

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
    if (text === null || !activeId) return null;
    try {
      const saved = await api.posts.saveElsewhere({ text, suggestedName: fileNameOf(activeId) });
      return saved?.path ?? null;
    } catch (error) {
      report(error);
      return null;
    }
  };

  return { creating, startCreating, cancelCreating, createPost, saveElsewhere };
}
