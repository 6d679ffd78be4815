import { csvCell, csvDocument, csvRecord } from './csv';

describe('a CSV cell', () => {
  it('is the value itself when nothing in it needs quoting', () => {
    expect(csvCell('Allerdale CDRP')).toBe('Allerdale CDRP');
    expect(csvCell(42)).toBe('42');
    expect(csvCell(true)).toBe('true');
  });

  it('is empty for a missing value', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('is quoted when it holds a comma, a double quote or a line break, its quotes doubled (RFC 4180)', () => {
    expect(csvCell('Cumbria, England')).toBe('"Cumbria, England"');
    expect(csvCell('the “vision”, said "ambitious"')).toBe('"the “vision”, said ""ambitious"""');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
    expect(csvCell('line one\r\nline two')).toBe('"line one\r\nline two"');
    expect(csvCell('"')).toBe('""""');
  });

  it('cannot start a spreadsheet formula: a leading = + - @ tab or carriage return is made text', () => {
    expect(csvCell('=HYPERLINK("http://example.com","x")')).toBe(`"'=HYPERLINK(""http://example.com"",""x"")"`);
    expect(csvCell('+44 1900 000000')).toBe("'+44 1900 000000");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1:A2)')).toBe("'@SUM(A1:A2)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('\rcmd')).toBe(`"'\rcmd"`);
  });

  it('leaves those characters alone anywhere but at the start', () => {
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('user@example.org')).toBe('user@example.org');
    expect(csvCell('2009-10')).toBe('2009-10');
  });
});

describe('a CSV document', () => {
  it('is the header then the rows, each record ending in CRLF', () => {
    expect(csvRecord(['a', null, 'b,c'])).toBe('a,,"b,c"');
    expect(
      csvDocument(
        ['name', 'note'],
        [
          ['Allerdale CDRP', '=1+1'],
          ['Cardiff CSP', null],
        ],
      ),
    ).toBe("name,note\r\nAllerdale CDRP,'=1+1\r\nCardiff CSP,\r\n");
  });

  it('is the header alone when there are no rows', () => {
    expect(csvDocument(['name'], [])).toBe('name\r\n');
  });
});
