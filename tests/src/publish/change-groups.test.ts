import { describe, expect, it } from 'vitest';
import { groupChanges, type ChangedFile } from '../../../src/publish/change-groups';

const change = (path: string, kind: ChangedFile['kind'] = 'modified', originalPath: string | null = null) => ({
  path,
  originalPath,
  kind,
});

describe('groupChanges', () => {
  it('sorts changes into the post, its images and everything else, each by path', () => {
    const post = change('blog/_posts/2026-11-23-day-1.md');
    const photo = change('blog/assets/images/stage.jpg', 'untracked');
    const other = [change('blog/_config.yml'), change('README.md', 'added'), change('blog/about.md', 'deleted')];
    const groups = groupChanges(
      [other[1]!, photo, post, other[0]!, other[2]!],
      ['blog/_posts/2026-11-23-day-1.md'],
      ['blog/assets/images/stage.jpg', 'blog/assets/images/unchanged.png'],
    );
    expect(groups).toEqual({ thisPost: [post], images: [photo], other: [other[1], other[0], other[2]] });
  });

  it('puts a rename with the post on either side into the post group', () => {
    const moved = change('_posts/2026-11-23-day-1.md', 'renamed', '_drafts/day-1.md');
    const back = change('_drafts/day-2.md', 'renamed', '_posts/2026-11-24-day-2.md');
    expect(groupChanges([moved], ['_drafts/day-1.md'], []).thisPost).toEqual([moved]);
    expect(groupChanges([moved], ['_posts/2026-11-23-day-1.md'], []).thisPost).toEqual([moved]);
    expect(groupChanges([back], ['_posts/2026-11-24-day-2.md'], []).thisPost).toEqual([back]);
    expect(groupChanges([moved, back], ['_posts/other.md'], []).other).toEqual([back, moved]);
  });

  it('matches image paths without regard to case, renames included', () => {
    const upper = change('assets/images/Stage.JPG');
    const renamed = change('assets/images/hall.jpg', 'renamed', 'assets/images/IMG_001.jpg');
    const groups = groupChanges([renamed, upper], [], ['assets/images/stage.jpg', 'assets/images/img_001.JPG']);
    // By code unit, as git sorts: upper case before lower.
    expect(groups).toEqual({ thisPost: [], images: [upper, renamed], other: [] });
  });

  it('matches post paths exactly, and gives a file both linked and the post to the post', () => {
    const post = change('_posts/Day-1.md');
    expect(groupChanges([post], ['_posts/day-1.md'], []).other).toEqual([post]);
    expect(groupChanges([post], ['_posts/Day-1.md'], ['_posts/day-1.md'])).toEqual({
      thisPost: [post],
      images: [],
      other: [],
    });
  });

  it('answers empty groups for a clean tree', () => {
    expect(groupChanges([], ['_posts/x.md'], ['a.png'])).toEqual({ thisPost: [], images: [], other: [] });
  });
});
