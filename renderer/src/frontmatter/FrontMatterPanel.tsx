import { useState } from 'react';
import type { LanyardApi } from '../../../src/api/client';
import { removeFrontMatterField, setFrontMatterField } from '../../../src/frontmatter/edit-front-matter';
import type { SiteSchema } from '../../../src/frontmatter/field-schema';
import type { FieldValue } from '../../../src/frontmatter/field-value';
import type { SiteImage } from '../../../src/images/site-image';
import type { DocumentManager } from '../documents/document-manager';
import { minimalChange } from '../documents/text-diff';
import { AddField } from './AddField';
import { FieldInput } from './fields/FieldInput';
import { formRows, unknownFieldSpec } from './form-rows';
import { frontMatterPrefix } from './front-matter-prefix';
import { RenameOffer } from './RenameOffer';
import { useFrontMatter } from './useFrontMatter';

interface FrontMatterPanelProps {
  api: LanyardApi;
  manager: DocumentManager;
  /** The open post. */
  id: string;
  /** The post can't be changed (read-only file, or the app is closing). */
  readOnly: boolean;
  schema: SiteSchema | null;
  images: SiteImage[];
  assetBaseUrl: string;
  report: (error: unknown) => void;
}

/** The parser's message as a sentence, so the note after it reads cleanly. */
function sentence(message: string): string {
  const trimmed = message.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Kinds whose inputs change with each keystroke: those edits join into one undo step. */
const typedKinds = new Set<FieldValue['kind']>(['string', 'number', 'yaml']);

/**
 * The form above the editor for the open post's front matter. It reads the editor's text and
 * writes back only the bytes of the value it changes, through the editor, so the text and the
 * form stay one source of truth and each form edit is undoable there.
 */
export function FrontMatterPanel(props: FrontMatterPanelProps) {
  const { api, manager, id, schema, report } = props;
  const live = useFrontMatter(manager.liveDoc);
  const [expanded, setExpanded] = useState(true);
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState<{ id: string; keys: string[] }>({ id, keys: [] });
  if (pending.id !== id) setPending({ id, keys: [] });

  if (!live || live.id !== id) return null;
  const { model } = live;
  const readOnly = props.readOnly || model.readOnlyReason !== null;

  const edit = (key: string, value: FieldValue | null) => {
    const doc = manager.liveDoc.get();
    if (!doc || doc.id !== id) return;
    const prefix = frontMatterPrefix(doc.doc);
    const result = value === null ? removeFrontMatterField(prefix, key) : setFrontMatterField(prefix, key, value);
    if (!result.ok) return setProblem(result.message);
    setProblem(null);
    const { change } = result;
    if (!change) return;
    const narrowed = minimalChange(prefix.slice(change.from, change.to), change.insert);
    if (!narrowed) return;
    const applied = { from: change.from + narrowed.from, to: change.from + narrowed.to, insert: narrowed.insert };
    manager.editActive(applied, value !== null && typedKinds.has(value.kind));
  };

  // Values read from broken YAML could be wrong: the form shows none until it parses.
  const { rows, addable } = model.error ? { rows: [], addable: [] } : formRows(schema, model.fields);
  const shown = new Set(rows.map((row) => row.spec.key));
  for (const key of pending.keys) {
    if (shown.has(key)) continue;
    const spec = schema?.fields.find((candidate) => candidate.key === key) ?? {
      ...unknownFieldSpec(key),
      kind: 'string',
    };
    rows.push({ spec, field: null });
    shown.add(key);
  }
  const title = model.fields.find((field) => field.key === 'title')?.value;

  return (
    <section className="front-matter" aria-label="Front matter" data-format={model.format ?? 'none'}>
      <header className="front-matter-header">
        <button
          type="button"
          className="front-matter-toggle"
          aria-expanded={expanded}
          aria-controls="front-matter-fields"
          onClick={() => setExpanded(!expanded)}
        >
          Front matter
          {model.format && model.format !== 'yaml' && (
            <span className="front-matter-format">{model.format.toUpperCase()}</span>
          )}
        </button>
        {expanded && !readOnly && (
          <AddField
            specs={addable.filter((spec) => !shown.has(spec.key))}
            taken={shown}
            onAdd={(key) => setPending({ id, keys: [...pending.keys, key] })}
          />
        )}
      </header>
      <div id="front-matter-fields" className="front-matter-body" hidden={!expanded}>
        {model.error ? (
          <p className="bar bar-warning front-matter-error" role="note">
            <strong>The front matter doesn’t parse</strong> (line {model.error.line}): {sentence(model.error.message)}{' '}
            The form is read-only until it does; the text stays editable, and saving writes exactly what is here.
          </p>
        ) : (
          model.readOnlyReason && (
            <p className="bar bar-info front-matter-readonly" role="note">
              {model.readOnlyReason}
            </p>
          )
        )}
        {problem && (
          <p className="bar bar-warning front-matter-problem" role="alert">
            {problem}
          </p>
        )}
        {typeof title === 'string' && <RenameOffer api={api} manager={manager} id={id} title={title} report={report} />}
        <div className="front-matter-fields">
          {rows.map(({ spec, field }) => (
            <FieldInput
              key={spec.key}
              spec={spec}
              field={field}
              readOnly={readOnly}
              onChange={(value) => edit(spec.key, value)}
              onRemove={field ? () => edit(spec.key, null) : undefined}
              timeZone={schema?.timezone ?? null}
              dateFormat={schema?.dateFormat ?? null}
              images={props.images}
              assetBaseUrl={props.assetBaseUrl}
            />
          ))}
        </div>
      </div>
    </section>
  );
}
