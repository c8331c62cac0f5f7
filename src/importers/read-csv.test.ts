import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readCsvRecords } from './read-csv.ts';
import { collectProblems, removeWrittenFolders, writeFolder } from './fixtures/drain-plan.ts';

afterAll(removeWrittenFolders);

async function read(content: string | Uint8Array) {
  const folder = writeFolder({ 'x.csv': content });
  const problems = collectProblems();
  const records = [];
  for await (const record of readCsvRecords(join(folder, 'x.csv'), 'x.csv', problems)) records.push(record);
  return { records, problems };
}

describe('readCsvRecords line numbers', () => {
  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('counts physical lines with %s endings, quoted line breaks and blank lines', async (_name, eol) => {
    const text = ['a,b', `1,"x${eol}y"`, '', '2,3', `4,"p${eol}q${eol}r"`, '5,6'].join(eol) + eol;
    const { records, problems } = await read(text);
    expect(problems.errors).toEqual([]);
    expect(records.map((record) => record.line)).toEqual([1, 2, 5, 6, 9]);
    expect(records[1]?.cells).toEqual(['1', `x${eol}y`]);
  });

  it('reads a last line without a line break', async () => {
    const { records } = await read('a,b\n1,2');
    expect(records.map((record) => [record.line, record.cells])).toEqual([[1, ['a', 'b']], [2, ['1', '2']]]);
  });

  it('skips rows of bare delimiters that spreadsheets leave behind', async () => {
    const { records, problems } = await read('a,b\n1,2\n,\n,\n');
    expect(records).toHaveLength(2);
    expect(problems.errors).toEqual([]);
  });
});

describe('readCsvRecords bad input', () => {
  it('reports a ragged row by line and keeps reading', async () => {
    const { records, problems } = await read('a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12\n');
    expect(records.map((record) => record.line)).toEqual([1, 2, 5]);
    expect(problems.errors.map((problem) => [problem.file, problem.line, problem.value])).toEqual([
      ['x.csv', 3, '4,5'], ['x.csv', 4, '6,7,8,9'],
    ]);
    expect(problems.errors[0]?.message).toMatch(/line has 2 fields; expected 3/);
  });

  it('reports an unterminated quote at the line where the field opens', async () => {
    const { records, problems } = await read('a,b\r\n1,2\r\n3,"abc\r\n4,5\r\n6,7\r\n');
    expect(records).toHaveLength(2);
    expect(problems.errors).toHaveLength(1);
    expect(problems.errors[0]).toMatchObject({ file: 'x.csv', line: 3 });
    expect(problems.errors[0]?.message).toMatch(/never closed/);
  });

  it('takes a stray quote inside an unquoted field literally', async () => {
    const { records, problems } = await read('a,b\n1,12" monitor\n');
    expect(problems.errors).toEqual([]);
    expect(records[1]?.cells).toEqual(['1', '12" monitor']);
  });

  it('reports invalid UTF-8 by line and column, and reads the other lines', async () => {
    const bytes = Buffer.concat([Buffer.from('name,city\nAnn,Paris\nBob,M'), Buffer.from([0xfc]), Buffer.from('nchen\nCid,Rome\n')]);
    const { records, problems } = await read(bytes);
    expect(records.map((record) => record.line)).toEqual([1, 2, 4]);
    expect(problems.errors).toEqual([{
      file: 'x.csv', line: 3, column: 'city', value: 'M\uFFFDnchen', message: 'expected UTF-8 text; re-save the file as UTF-8',
    }]);
  });

  it('finds invalid UTF-8 in a later chunk of a big file', async () => {
    const rows = Array.from({ length: 20_000 }, (_, index) => `${index},ok`);
    const bytes = Buffer.concat([Buffer.from(`n,v\n${rows.join('\n')}\nbad,`), Buffer.from([0xe9]), Buffer.from('\nlast,ok\n')]);
    const { records, problems } = await read(bytes);
    expect(records).toHaveLength(20_002);
    expect(problems.errors.map((problem) => problem.line)).toEqual([20_002]);
  });

  it('lists the first 100 lines of a file in another encoding, then one summary', async () => {
    const lines = ['a,b', ...Array.from({ length: 150 }, (_, index) => `${index},Caf\xe9`)];
    const { problems } = await read(Buffer.from(`${lines.join('\n')}\n`, 'latin1'));
    expect(problems.errors).toHaveLength(101);
    expect(problems.errors[100]).toMatchObject({ line: 102, column: null });
    expect(problems.errors[100]?.message).toMatch(/50 more lines with invalid UTF-8/);
  });

  it('refuses UTF-16 without a byte-order mark', async () => {
    const { records, problems } = await read(Buffer.from('a,b\n1,2\n', 'utf16le'));
    expect(records).toEqual([]);
    expect(problems.errors[0]?.message).toMatch(/expected UTF-8 text/);
  });
});

describe('readCsvRecords encodings and delimiters', () => {
  const expected = [['name', 'city'], ['Zoë', 'Kraków']];
  const text = 'name,city\r\nZoë,Kraków\r\n';

  it.each([
    ['UTF-8', Buffer.from(text, 'utf8')],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])],
  ])('decodes %s', async (_name, bytes) => {
    const { records, problems } = await read(bytes);
    expect(problems.errors).toEqual([]);
    expect(records.map((record) => record.cells)).toEqual(expected);
  });

  it.each([[';'], ['\t']])('detects %j as the delimiter from the header', async (delimiter) => {
    const { records } = await read(`a${delimiter}b${delimiter}c\n1,5${delimiter}2${delimiter}3\n`);
    expect(records[1]?.cells).toEqual(['1,5', '2', '3']);
  });
});
