import { useEffect, useRef, useState } from 'react';
import type { LanyardApi } from '../../../src/api/client';
import type { GitCommandRecord } from '../../../src/git/git-command-record';
import { messageOf } from '../lanyard-api';
import { finalOutput, logLine } from './publish-text';

/** The git commands Lanyard ran for this site, oldest first; fetched again whenever `version` changes. */
export function PublishLog({ api, version }: { api: LanyardApi; version: string }) {
  const [records, setRecords] = useState<GitCommandRecord[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    let current = true;
    api.publish.log().then(
      (log) => current && setRecords(log),
      (failure: unknown) => current && setError(messageOf(failure)),
    );
    return () => {
      current = false;
    };
  }, [api, version]);

  // The newest command is the one the writer is after.
  useEffect(() => {
    list.current?.scrollTo({ top: list.current.scrollHeight });
  }, [records]);

  if (error) return <p className="publish-error">{error}</p>;
  if (records === null) return <p className="publish-log-note">Loading the log…</p>;
  if (records.length === 0) return <p className="publish-log-note">Lanyard has not run git for this site yet.</p>;
  return (
    <ol ref={list} className="publish-log" aria-label="Git commands Lanyard ran">
      {records.map((record, index) => {
        const { command, result } = logLine(record);
        const failed = record.exitCode !== 0;
        const output = finalOutput(record.stderr);
        return (
          <li
            key={`${record.startedAt}-${index}`}
            className={`publish-log-entry${failed ? ' publish-log-failed' : ''}`}
          >
            <code className="publish-log-command">{command}</code>
            <span className="publish-log-result">{result}</span>
            {output !== '' && (
              <details className="publish-log-stderr">
                <summary>Output</summary>
                <pre>{output}</pre>
              </details>
            )}
          </li>
        );
      })}
    </ol>
  );
}
