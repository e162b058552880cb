import { describe, expect, it } from 'vitest';
import {
  CANONICAL_DOCUMENT_NUMBER,
  normaliseDocumentNumber,
  normaliseDocumentNumbersIn,
} from '../../../src/search/contract/document-number.ts';

describe('normaliseDocumentNumber', () => {
  it.each([
    '浙市监〔2024〕12号',
    '浙市监[2024]12号',
    '浙市监(2024)12号',
    '浙市监（2024）12号',
    '浙市监【2024】12号',
    '浙市监［2024］12号',
    '浙市监 〔2024〕 12 号',
    '浙市监〔2024〕第12号',
    '浙市监〔2024〕012号',
    '浙市监〔２０２４〕１２号',
  ])('%s → 浙市监〔2024〕12号', (input) => {
    expect(normaliseDocumentNumber(input)).toBe('浙市监〔2024〕12号');
  });

  it('gives the form the schema accepts', () => {
    expect(normaliseDocumentNumber('国办发[2024]3号')).toMatch(CANONICAL_DOCUMENT_NUMBER);
  });

  it.each(['2024年12号', '浙市监2024年12号', '第12号', '浙市监〔24〕12号', ''])(
    '%s is not a 文号',
    (input) => {
      expect(normaliseDocumentNumber(input)).toBeUndefined();
    },
  );
});

describe('normaliseDocumentNumbersIn', () => {
  it('rewrites the 文号 inside a query and leaves the other words alone', () => {
    expect(normaliseDocumentNumbersIn('浙市监[2024]12号 通知')).toBe('浙市监〔2024〕12号 通知');
    expect(normaliseDocumentNumbersIn('浙市监 (2024) 12')).toBe('浙市监〔2024〕12');
    expect(normaliseDocumentNumbersIn('知识产权 2024')).toBe('知识产权 2024');
  });
});
