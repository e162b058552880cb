import { describe, expect, it } from 'vitest';
import { attachmentKind } from '../../src/lib/article.ts';

describe('attachmentKind', () => {
  it.each([
    [
      '1.实施方案.pdf',
      'https://www.example.gov.cn/module/download/downfile.jsp?classid=0&filename=a.pdf',
      'PDF',
    ],
    ['实施方案', 'https://www.example.gov.cn/module/download/downfile.jsp?classid=0&filename=a.pdf', 'PDF'],
    ['2.报名表', 'https://www.example.gov.cn/art/2024/3/15/att/2.docx', 'DOCX'],
    ['公文', 'https://www.example.gov.cn/files/2024/gw.OFD#page=1', 'OFD'],
    ['统计表（第一季度）.xlsx', 'https://www.example.gov.cn/download.do?id=17', 'XLSX'],
  ])('labels %s at %s as %s, never by the download script', (name, url, kind) => {
    expect(attachmentKind({ name, url })).toBe(kind);
  });

  it('gives no label when neither the name nor the address says the kind', () => {
    expect(attachmentKind({ name: '下载附件', url: 'https://www.example.gov.cn/download.jsp?id=17' })).toBe(
      '',
    );
  });
});
