import { describe, expect, it } from 'vitest';
import { availableLanguages } from '../../../src/settings/spellcheck-languages';

// As Chromium lists its Hunspell dictionaries on Linux and Windows.
const available = ['de-DE', 'en-GB', 'en-US', 'fr', 'pt-BR', 'pt-PT'];

describe('availableLanguages', () => {
  it('keeps the writer’s order and matches tags whatever their case', () => {
    expect(availableLanguages(['fr', 'EN-us'], available)).toEqual(['fr', 'en-US']);
  });

  it('takes the first regional dictionary for a bare language', () => {
    expect(availableLanguages(['de', 'pt'], available)).toEqual(['de-DE', 'pt-BR']);
  });

  it('leaves out languages without a dictionary, and the same dictionary twice', () => {
    expect(availableLanguages(['xx', 'de', 'de-DE'], available)).toEqual(['de-DE']);
    expect(availableLanguages(['tlh'], available)).toEqual([]);
  });
});
