import { describe, expect, it } from 'vitest';
import { buildImportFormData, selectionKey } from './build-import-form-data.ts';

const csv = (name: string, text = 'a,b\n1,2\n') => new File([text], name, { type: 'text/csv', lastModified: 1 });

describe('buildImportFormData', () => {
  it('sends the preset, dry-run flag and every file', () => {
    const form = buildImportFormData({ preset: 'salesforce', files: [csv('a.csv'), csv('b.csv')], mapping: null, strict: false }, true);
    expect(form.get('preset')).toBe('salesforce');
    expect(form.get('dryRun')).toBe('true');
    expect(form.has('strict')).toBe(false);
    expect(form.has('map')).toBe(false);
    expect(form.getAll('files').map((file) => (file as File).name)).toEqual(['a.csv', 'b.csv']);
  });

  it('adds strict and the mapping file when chosen', () => {
    const mapping = new File(['{}'], 'map.json', { type: 'application/json' });
    const form = buildImportFormData({ preset: 'generic', files: [csv('a.csv')], mapping, strict: true }, false);
    expect(form.get('dryRun')).toBe('false');
    expect(form.get('strict')).toBe('true');
    expect((form.get('map') as File).name).toBe('map.json');
  });
});

describe('selectionKey', () => {
  it('changes when the files change', () => {
    const base = { preset: 'generic' as const, files: [csv('a.csv')], mapping: null, strict: false };
    expect(selectionKey(base)).toBe(selectionKey({ ...base, files: [csv('a.csv')] }));
    expect(selectionKey(base)).not.toBe(selectionKey({ ...base, files: [csv('a.csv', 'changed,content\n')] }));
    expect(selectionKey(base)).not.toBe(selectionKey({ ...base, strict: true }));
  });
});
