import { useId, useState, type FormEvent } from 'react';
import type { LanyardApi } from '../../../src/api/client';
import type { RepositoryProblem } from '../../../src/publish/publish-types';

interface RepositoryProblemViewProps {
  api: LanyardApi;
  problem: RepositoryProblem;
  busy: boolean;
  /** Runs the fix, then shows the status again; its error appears in the dialog. */
  repair: (work: () => Promise<void>) => void;
}

function AddRemoteForm({ api, busy, repair }: Omit<RepositoryProblemViewProps, 'problem'>) {
  const [url, setUrl] = useState('');
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    repair(() => api.publish.addRemote({ url }));
  };
  return (
    <form className="problem-form" onSubmit={submit}>
      <label htmlFor={id}>Remote URL</label>
      <input
        id={id}
        className="small-control problem-url"
        value={url}
        placeholder="https://github.com/you/blog.git"
        spellCheck={false}
        data-autofocus
        onChange={(event) => setUrl(event.target.value)}
      />
      <button type="submit" className="button primary" disabled={busy || url.trim() === ''}>
        Add remote
      </button>
    </form>
  );
}

function CheckoutForm({
  api,
  busy,
  repair,
  branches,
}: Omit<RepositoryProblemViewProps, 'problem'> & { branches: string[] }) {
  const [branch, setBranch] = useState(branches[0] ?? '');
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    repair(() => api.publish.checkoutBranch({ branch }));
  };
  return (
    <form className="problem-form" onSubmit={submit}>
      <label htmlFor={id}>Branch</label>
      <select id={id} className="small-control" value={branch} onChange={(event) => setBranch(event.target.value)}>
        {branches.map((name) => (
          <option key={name}>{name}</option>
        ))}
      </select>
      <button type="submit" className="button primary" disabled={busy || branch === ''}>
        Check out
      </button>
    </form>
  );
}

/** Why the repository can't publish yet, and the one action that fixes it when Lanyard has one. */
export function RepositoryProblemView({ api, problem, busy, repair }: RepositoryProblemViewProps) {
  const { action } = problem;
  return (
    <div className="publish-problem">
      <p className="publish-problem-message">{problem.message}</p>
      {action === 'init' && (
        <button
          type="button"
          className="button primary"
          disabled={busy}
          data-autofocus
          onClick={() => repair(() => api.publish.initRepository())}
        >
          {problem.kind === 'unborn' ? 'Make the first commit' : 'Make it a git repository'}
        </button>
      )}
      {action === 'add-remote' && <AddRemoteForm api={api} busy={busy} repair={repair} />}
      {action === 'checkout-branch' && (
        <CheckoutForm api={api} busy={busy} repair={repair} branches={problem.branches} />
      )}
      {action === 'abort-operation' && (
        <button
          type="button"
          className="button primary"
          disabled={busy}
          onClick={() => repair(() => api.publish.abortOperation())}
        >
          Abort and restore files
        </button>
      )}
    </div>
  );
}
