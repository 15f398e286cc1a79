import { useId } from 'react';
import type { LanyardApi } from '../../../src/api/client';
import type { AppSettings } from '../../../src/settings/app-settings';
import { CommitTemplatesForm } from '../publish/CommitTemplatesForm';
import type { SaveAppSettings } from './AppearanceSection';
import { TextSetting } from './TextSetting';

interface PublishingSectionProps {
  api: LanyardApi;
  settings: AppSettings;
  save: SaveAppSettings;
}

/** The branch posts are meant for, and the commit messages of sites without their own. */
export function PublishingSection({ api, settings, save }: PublishingSectionProps) {
  const titleId = useId();
  return (
    <section className="app-settings-section" aria-labelledby={titleId}>
      <h3 id={titleId}>Publishing</h3>
      <TextSetting
        label="Publish branch"
        initial={settings.publishBranch ?? ''}
        placeholder="The branch checked out"
        hint={
          <>
            The branch your sites publish from, like <code>main</code>; Publish says so when another one is checked out.
            Empty: whichever branch is checked out.
          </>
        }
        onCommit={(text) => {
          const next = text.trim() === '' ? null : text.trim();
          if (next !== settings.publishBranch) save({ publishBranch: next });
        }}
      />
      <CommitTemplatesForm api={api} scope="app" />
    </section>
  );
}
