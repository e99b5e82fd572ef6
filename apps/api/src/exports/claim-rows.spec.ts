import { describe, expect, it } from 'vitest';
import { csvHeader, csvLine, jsonLine, type ExportRow } from './claim-rows.js';

const row: ExportRow = {
  id: 'c1', articleId: 'a1', revisionId: 'r1', start: 0, end: 10, text: 'He said, "two days"\nthen left.', kind: 'quote', score: 0.652, origin: 'extracted',
  status: 'verified', verdict: 'verified', note: '=HYPERLINK("x")', decidedBy: 'Ana', decidedAt: '2018-04-28T10:00:00.000Z', publishedAt: null,
  citations: [{ articleId: 'a2', revisionId: 'r2', start: 1, end: 5, stance: 'supports', quote: 'two' }], historySize: 3, createdAt: '2018-04-27T10:00:00.000Z',
};

describe(csvLine.name, () => {
  it('quotes fields with commas, quotes and line breaks', () => {
    expect(csvLine(row)).toContain('"He said, ""two days""\nthen left."');
  });

  it('defuses spreadsheet formulas but keeps negative numbers', () => {
    expect(csvLine(row)).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csvLine({ ...row, note: '-5' })).toContain(',-5,');
  });

  it('writes one record per claim with the header’s columns, nulls as empty', () => {
    const header = csvHeader().trim().split(',');
    expect(header[0]).toBe('id');
    expect(csvLine({ ...row, text: 'plain', note: null, citations: [] })).toBe('c1,a1,r1,0,10,plain,quote,0.652,extracted,verified,verified,,Ana,2018-04-28T10:00:00.000Z,,[],3,2018-04-27T10:00:00.000Z\r\n');
  });
});

describe(jsonLine.name, () => {
  it('writes one JSON object per line', () => {
    const line = jsonLine(row);
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toContain('\n');
    expect(JSON.parse(line)).toEqual(row);
  });
});
