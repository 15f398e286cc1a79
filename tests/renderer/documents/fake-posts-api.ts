import type { LanyardApi } from '../../../src/api/client';
import { LanyardError } from '../../../src/api/lanyard-error';
import type { PostDocument, SaveOutcome } from '../../../src/posts/post-types';

interface FakeFile {
  text: string;
  version: string;
  readOnly: boolean;
}

/** An in-memory stand-in for the posts API with the core's save semantics (versions, conflicts). */
export class FakePostsApi {
  readonly files = new Map<string, FakeFile>();
  readonly saves: { id: string; text: string; baseVersion: string | null }[] = [];
  vanished = false;
  private counter = 0;

  write(id: string, text: string, readOnly = false): string {
    const version = `v${++this.counter}`;
    this.files.set(id, { text, version, readOnly });
    return version;
  }

  remove(id: string): void {
    this.files.delete(id);
  }

  readonly posts: Pick<LanyardApi['posts'], 'read' | 'save'> = {
    read: ({ id }) => {
      if (this.vanished) return Promise.reject(new LanyardError('site-vanished', 'The site folder is gone.'));
      const file = this.files.get(id);
      if (!file) return Promise.reject(new LanyardError('not-found', `${id} was not found.`));
      const doc: PostDocument = {
        id,
        text: file.text,
        version: file.version,
        lineEnding: 'lf',
        readOnly: file.readOnly,
      };
      return Promise.resolve(doc);
    },
    save: (arg) => {
      this.saves.push(arg);
      if (this.vanished) return Promise.reject(new LanyardError('site-vanished', 'The site folder is gone.'));
      const file = this.files.get(arg.id);
      if ((file?.version ?? null) !== arg.baseVersion) {
        const outcome: SaveOutcome = {
          status: 'conflict',
          diskText: file?.text ?? null,
          diskVersion: file?.version ?? null,
        };
        return Promise.resolve(outcome);
      }
      if (file && file.text === arg.text)
        return Promise.resolve<SaveOutcome>({ status: 'unchanged', version: file.version });
      return Promise.resolve<SaveOutcome>({ status: 'saved', version: this.write(arg.id, arg.text) });
    },
  };
}
