import { parseDocument } from 'yaml';

/** Why the raw YAML a writer typed for a value can't be used, or null when it parses. */
export function rawYamlProblem(source: string): string | null {
  const doc = parseDocument(source, { uniqueKeys: false });
  const error = doc.errors[0];
  if (!error) return null;
  const firstLine = error.message.split('\n', 1)[0] ?? '';
  return `This isn’t valid YAML: ${firstLine.replace(/:$/, '')}.`;
}
