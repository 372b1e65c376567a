import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { decodeCsv, detectSeparator, formatCsv, parseCsv } from './csv.ts';

const fieldsOf = (text: string, sep: ';' | ',' = ';') => parseCsv(text, sep).records.map((r) => r.fields);
const linesOf = (text: string, sep: ';' | ',' = ';') => parseCsv(text, sep).records.map((r) => r.line);

describe('CSV parsing', () => {
  test('plain fields, with LF, CRLF and lone CR line ends, with or without a final line end', () => {
    assert.deepEqual(fieldsOf('a;b\n1;2\n'), [
      ['a', 'b'],
      ['1', '2'],
    ]);
    assert.deepEqual(fieldsOf('a;b\r\n1;2'), [
      ['a', 'b'],
      ['1', '2'],
    ]);
    assert.deepEqual(fieldsOf('a;b\r1;2\r'), [
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  test('quoted fields hold separators, doubled quotes and line breaks; line numbers count the breaks', () => {
    const text = 'a,b,c\r\n"x, y","say ""hi""","two\r\nlines"\r\nlast,"",z\r\n';
    assert.deepEqual(fieldsOf(text, ','), [
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'two\r\nlines'],
      ['last', '', 'z'],
    ]);
    assert.deepEqual(linesOf(text, ','), [1, 2, 4]);
  });

  test('empty fields, empty lines and lines of separators only', () => {
    const text = 'a;b;c\n\n;;\n1;;3\n;\n';
    assert.deepEqual(fieldsOf(text), [
      ['a', 'b', 'c'],
      ['1', '', '3'],
    ]);
    assert.deepEqual(linesOf(text), [1, 4]);
  });

  test('the other separator is an ordinary character', () => {
    assert.deepEqual(fieldsOf('ma,di;1,5\n'), [['ma,di', '1,5']]);
    assert.deepEqual(fieldsOf('ma;di,1;5\n', ','), [['ma;di', '1;5']]);
  });

  test('a quote inside an unquoted field is kept; text after a closing quote is added', () => {
    assert.deepEqual(fieldsOf('5"a;"b"c\n'), [['5"a', 'bc']]);
  });

  test('an unclosed quote is reported with the line it starts on', () => {
    const result = parseCsv('a;b\n1;"open\nmore\n', ';');
    assert.equal(result.unclosedQuoteLine, 2);
    assert.deepEqual(
      result.records.map((r) => r.fields),
      [
        ['a', 'b'],
        ['1', 'open\nmore\n'],
      ],
    );
    assert.equal(parseCsv('a;"b"\n', ';').unclosedQuoteLine, null);
  });

  test('the separator is the one the header uses most, outside quotes', () => {
    assert.equal(detectSeparator('a;b;c\n1,2'), ';');
    assert.equal(detectSeparator('a,b,c\n1;2;3;4'), ',');
    assert.equal(detectSeparator('"a;b;c",d,e\n'), ',');
    assert.equal(detectSeparator('single\n'), ';');
  });

  test('formatting quotes what needs it and reads back the same', () => {
    const rows = [
      ['a', 'b;c', 'say "x"'],
      ['line\nbreak', '', 'z'],
    ];
    const text = formatCsv(rows, ';');
    assert.equal(text, 'a;"b;c";"say ""x"""\r\n"line\nbreak";;z\r\n');
    assert.deepEqual(fieldsOf(text), rows);
  });
});

describe('CSV decoding', () => {
  test('UTF-8 with and without byte order mark', () => {
    const text = 'kind_voornaam;plaats\nZoë;Süßen\n';
    const plain = decodeCsv(new TextEncoder().encode(text));
    assert.deepEqual(plain, { text, encoding: 'utf-8' });
    const withBom = decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]));
    assert.deepEqual(withBom, { text, encoding: 'utf-8' });
  });

  test('bytes that are not UTF-8 are read as Windows-1252', () => {
    // "Zoë;€5" in Windows-1252.
    const bytes = new Uint8Array([0x5a, 0x6f, 0xeb, 0x3b, 0x80, 0x35]);
    assert.deepEqual(decodeCsv(bytes), { text: 'Zoë;€5', encoding: 'windows-1252' });
  });
});
