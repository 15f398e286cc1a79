/** The tags typed in the spelling languages field, separated by commas, semicolons or spaces. */
export function parseLanguages(text: string): string[] {
  return text.split(/[\s,;]+/).filter((tag) => tag !== '');
}
