import type { PublishProgress } from '../../../src/publish/publish-types';
import { progressDetail, publishSteps, stepStates } from './publish-text';

/** Git's own progress line, and a bar once git gives a percentage. */
export function GitProgress({ progress, label }: { progress: PublishProgress | null; label: string }) {
  const percent = progress?.percent ?? null;
  return (
    <div className="git-progress">
      {/* Git rewrites this line many times a second: shown, not announced. */}
      <p className="git-progress-detail" aria-live="off" title={progress?.detail ?? undefined}>
        {progressDetail(progress)}
      </p>
      {percent !== null && (
        <div
          className="git-progress-bar"
          role="progressbar"
          aria-label={label}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
        >
          <span className="git-progress-fill" style={{ width: `${percent}%` }} />
        </div>
      )}
    </div>
  );
}

/** A running publish: the steps with the current one marked, and git's progress under them. */
export function PublishProgressView({ progress }: { progress: PublishProgress | null }) {
  const states = stepStates(progress?.step ?? null);
  const currentLabel = publishSteps[states.indexOf('current')]?.label ?? 'Starting';
  return (
    <div className="publish-running">
      <ol className="publish-steps" aria-label="Publish steps">
        {publishSteps.map((entry, index) => (
          <li
            key={entry.step}
            className={`publish-step publish-step-${states[index]}`}
            aria-current={states[index] === 'current' ? 'step' : undefined}
          >
            <span className="publish-step-mark" aria-hidden="true">
              {states[index] === 'done' ? '✓' : ''}
            </span>
            {entry.label}
            {states[index] === 'done' && <span className="visually-hidden"> (done)</span>}
          </li>
        ))}
      </ol>
      <p className="visually-hidden" aria-live="polite">
        {currentLabel}
      </p>
      <GitProgress progress={progress} label="Publishing" />
    </div>
  );
}
