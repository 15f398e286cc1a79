import { markdown, markdownLanguage } from '@codemirror/lang-markdown';
import { yamlFrontmatter } from '@codemirror/lang-yaml';
import { languages } from '@codemirror/language-data';
import type { Extension } from '@codemirror/state';

/**
 * Markdown with GitHub's extensions, fenced code highlighted in its own language (loaded on
 * demand), and a leading `---` block parsed as YAML, as Jekyll reads it.
 */
export function markdownLanguageSupport(): Extension {
  return yamlFrontmatter({ content: markdown({ base: markdownLanguage, codeLanguages: languages }) });
}
