// Markdown abstracts as plain text for calendar descriptions (src/lib/calendar/plain-text.ts).
import { describe, expect, it } from 'vitest';
import { markdownToPlainText } from '../../../src/lib/calendar/plain-text';

describe('Markdown abstracts as plain text', () => {
  it('keeps paragraphs and turns list items into bullets', () => {
    expect(markdownToPlainText('Đoạn một.\r\n\r\nCác diễn giả:\n- Đào tạo cán bộ\n* Thanh toán phí')).toBe(
      'Đoạn một.\n\nCác diễn giả:\n• Đào tạo cán bộ\n• Thanh toán phí',
    );
  });

  it('drops emphasis, headings and code marks but keeps link addresses', () => {
    expect(markdownToPlainText('## Tiêu đề\n**Đậm** và _nghiêng_, `mã`, [bản đồ](https://osm.org/x)')).toBe(
      'Tiêu đề\nĐậm và nghiêng, mã, bản đồ (https://osm.org/x)',
    );
  });

  it('leaves snake_case words and lone asterisks alone', () => {
    expect(markdownToPlainText('file_name_here costs 5 * 3')).toBe('file_name_here costs 5 * 3');
  });
});
