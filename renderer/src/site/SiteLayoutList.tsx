import type { SiteKind } from '../../../src/site/site-info';
import type { SiteLayout } from '../../../src/site/site-settings';
import { shownFolder, siteAddressSetting } from './site-text';

/** Where Lanyard puts things in the open site, as it works it out now. */
export function SiteLayoutList({ layout, kind }: { layout: SiteLayout; kind: SiteKind }) {
  const { postFolders, newPostFolder, photoFolder, photoLink, examplePost } = layout;
  return (
    <section className="site-layout" aria-label="Where Lanyard puts things">
      <h3>Where Lanyard puts things</h3>
      <dl>
        <dt>Posts are listed from</dt>
        <dd>{postFolders.map(shownFolder).join(', ')}</dd>
        <dt>New posts go to</dt>
        <dd>{shownFolder(newPostFolder)}</dd>
        <dt>Photos go to</dt>
        <dd>
          {shownFolder(photoFolder)}, linked as <code>{photoLink}</code>
        </dd>
        {examplePost && (
          <>
            <dt>Newest post</dt>
            <dd>
              <code>{examplePost.id}</code> →{' '}
              {examplePost.url ?? (
                <em>URL not known yet: Lanyard predicts it once {siteAddressSetting[kind]} is set</em>
              )}
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
