import { csvField, csvFileName, toCsv, type CsvColumn } from './csv';

describe('a CSV field', () => {
  it('is written as it is when nothing in it needs quoting', () => {
    expect(csvField('Allerdale CDRP')).toBe('Allerdale CDRP');
    expect(csvField('')).toBe('');
  });

  it('is quoted when it holds a comma, a quote or a line break, with quotes doubled', () => {
    expect(csvField('Cumbria, North West')).toBe('"Cumbria, North West"');
    expect(csvField('the “vision” and the "plan"')).toBe('"the “vision” and the ""plan"""');
    expect(csvField('first line\nsecond line')).toBe('"first line\nsecond line"');
    expect(csvField('first line\r\nsecond line')).toBe('"first line\r\nsecond line"');
  });

  it('cannot start a formula: = + - @ tab and carriage return get a leading apostrophe', () => {
    expect(csvField('=HYPERLINK("http://example.com","x")')).toBe('"\'=HYPERLINK(""http://example.com"",""x"")"');
    expect(csvField('+44 1900 000000')).toBe("'+44 1900 000000");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('@SUM(A1:A2)')).toBe("'@SUM(A1:A2)");
    expect(csvField('\tcmd')).toBe("'\tcmd");
    expect(csvField('\rcmd')).toBe('"\'\rcmd"');
    // Only at the start: inside a field these are ordinary characters.
    expect(csvField('Level 1 - Not yet in place')).toBe('Level 1 - Not yet in place');
  });

  it('writes numbers as numbers, negative ones too, and nothing for a missing value', () => {
    expect(csvField(2.17)).toBe('2.17');
    expect(csvField(-0.5)).toBe('-0.5');
    expect(csvField(0)).toBe('0');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(true)).toBe('Yes');
    expect(csvField(false)).toBe('No');
  });
});

describe('a table as CSV', () => {
  interface Row {
    readonly name: string;
    readonly average: number | null;
  }
  const columns: readonly CsvColumn<Row>[] = [
    { header: 'Partnership', value: (row) => row.name },
    { header: 'Average, effective', value: (row) => row.average },
  ];

  it('is a header record then one record per row, each ended by CRLF', () => {
    expect(
      toCsv(columns, [
        { name: 'Allerdale CDRP', average: 1.3 },
        { name: 'Barrow, "Furness"', average: null },
      ]),
    ).toBe('Partnership,"Average, effective"\r\nAllerdale CDRP,1.3\r\n"Barrow, ""Furness""",\r\n');
  });

  it('is the header alone when there are no rows', () => {
    expect(toCsv(columns, [])).toBe('Partnership,"Average, effective"\r\n');
  });
});

describe('a CSV file name', () => {
  it('is made of the words given, lower case and hyphenated, without accents', () => {
    expect(csvFileName('Ynys Môn CSP', 'actions')).toBe('ynys-mon-csp-actions.csv');
    expect(csvFileName('Overview', 'North West', '2010-03-31')).toBe('overview-north-west-2010-03-31.csv');
    expect(csvFileName('  ')).toBe('table.csv');
  });
});
