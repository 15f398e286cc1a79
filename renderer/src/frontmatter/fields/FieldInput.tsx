import { useId } from 'react';
import type { DateFormat } from '../../../../src/frontmatter/front-matter-date';
import type { FieldInputIds, FieldProps } from './field-props';
import { pickFieldInput, type FieldInputKind } from './field-input-kind';
import { DateTimeField } from './DateTimeField';
import { FieldRow } from './FieldRow';
import { ImageField } from './ImageField';
import { LongTextField } from './LongTextField';
import { NumberField } from './NumberField';
import { RawYamlField } from './RawYamlField';
import { SelectField } from './SelectField';
import { TagField } from './TagField';
import { TextField } from './TextField';
import { ToggleField } from './ToggleField';

/** Everything one row of the form needs: the common field props plus what the site knows. */
export interface FieldInputProps extends FieldProps {
  /** The site's IANA zone, for date fields. */
  timeZone: string | null;
  /** The site's usual date format, for date fields that have no date yet. */
  dateFormat: DateFormat | null;
  /** The site's images, for image fields. */
  images: readonly { path: string }[];
  /** Where site files are served from, for image thumbnails. */
  assetBaseUrl: string;
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

function Input({ kind, props, ids }: { kind: FieldInputKind; props: FieldInputProps; ids: FieldInputIds }) {
  const common = { ...ids, spec: props.spec, field: props.field, readOnly: props.readOnly, onChange: props.onChange };
  switch (kind) {
    case 'text':
      return <TextField {...common} />;
    case 'long-text':
      return <LongTextField {...common} />;
    case 'date-time':
      return <DateTimeField {...common} timeZone={props.timeZone} dateFormat={props.dateFormat} />;
    case 'toggle':
      return <ToggleField {...common} />;
    case 'number':
      return <NumberField {...common} />;
    case 'tags':
    case 'option-tags':
      return <TagField {...common} limitToOptions={kind === 'option-tags'} />;
    case 'select':
      return <SelectField {...common} onRemove={props.onRemove} />;
    case 'image':
      return <ImageField {...common} images={props.images} assetBaseUrl={props.assetBaseUrl} />;
    case 'raw-yaml':
      return <RawYamlField {...common} />;
  }
}

/**
 * One field of the front matter form, labelled, with the input its spec asks for — or raw YAML
 * when the post's value doesn't fit that input, so nothing is dropped.
 */
export function FieldInput(props: FieldInputProps) {
  const inputId = useId();
  const hintId = useId();
  const kind = pickFieldInput(props.spec, props.field);
  const ids: FieldInputIds = { inputId, describedBy: props.spec.hint ? hintId : undefined };
  return (
    <FieldRow
      spec={props.spec}
      inputId={inputId}
      hintId={hintId}
      readOnly={props.readOnly}
      missing={props.spec.required && isEmpty(props.field?.value)}
      onRemove={props.onRemove}
    >
      {/* A new key means new input state: a draft typed for one field never shows in another. */}
      <Input key={`${props.spec.key}:${kind}`} kind={kind} props={props} ids={ids} />
    </FieldRow>
  );
}
