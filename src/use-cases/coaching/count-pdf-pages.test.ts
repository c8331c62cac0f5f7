import { describe, expect, it } from 'vitest';
import { countPdfPages } from './count-pdf-pages.ts';

const pdf = (body: string) => new TextEncoder().encode(`%PDF-1.4\n${body}\n%%EOF`);

describe('countPdfPages', () => {
  it.each<[string, string, number]>([
    ['one page under a page tree', '1 0 obj << /Type /Pages /Kids [2 0 R] /Count 1 >> endobj 2 0 obj << /Type /Page /Parent 1 0 R >> endobj', 1],
    ['two pages, no space after /Type', '1 0 obj <</Type/Pages/Count 2>> 2 0 obj <</Type/Page>> 3 0 obj <</Type /Page/Parent 1 0 R>>', 2],
    ['no pages', '1 0 obj << /Type /Catalog >> endobj', 0],
    ['/PageLabels is not a page', '<< /Type /PageLabels >> << /Type /Page >>', 1],
  ])('%s', (_case, body, pages) => {
    expect(countPdfPages(pdf(body))).toBe(pages);
  });
});
