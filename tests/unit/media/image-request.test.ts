// Specification of which /_image transforms the site serves (src/lib/media/image-request.ts).
import { describe, expect, it } from 'vitest';
import { checkImageRequest, IMAGE_SIZES } from '~/lib/media/image-request';

const own = (extra: Record<string, string> = {}) =>
  new URLSearchParams({
    href: '/_astro/image.DqMvOcxy.jpg',
    w: '480',
    h: '270',
    f: 'webp',
    fit: 'cover',
    position: 'center',
    ...extra,
  });

describe('checkImageRequest', () => {
  it('accepts the site’s own picture at each size its components emit', () => {
    for (const [w, h] of IMAGE_SIZES) {
      expect(checkImageRequest(own({ w: String(w), h: String(h) }))).toEqual({
        ok: true,
        key: `/_astro/image.DqMvOcxy.jpg|${w}x${h}`,
      });
    }
  });

  it('refuses the review’s 99999×99999 PNG and other sizes or formats with 400', () => {
    expect(checkImageRequest(own({ href: '/og-image.png', w: '99999', h: '99999', f: 'png' }))).toEqual({
      ok: false,
      status: 400,
    });
    const variants: Record<string, string>[] = [
      { w: '481' },
      { w: '-1' },
      { h: '271' },
      { f: 'png' },
      { f: 'xyz' },
      { fit: 'fill' },
      { q: '100' },
    ];
    for (const extra of variants) {
      expect(checkImageRequest(own(extra)), JSON.stringify(extra)).toEqual({ ok: false, status: 400 });
    }
  });

  it('refuses a repeated parameter, so no two readers can disagree on the size', () => {
    const params = own();
    params.append('w', '960');
    expect(checkImageRequest(params)).toEqual({ ok: false, status: 400 });
  });

  it('answers 404 for anything but a bundled asset', () => {
    for (const href of [
      '/og-image.png',
      '/nope.png',
      '/_astro/../../etc/passwd.jpg',
      'https://evil.example/a.jpg',
      '',
    ]) {
      expect(checkImageRequest(own({ href })), href).toEqual({ ok: false, status: 404 });
    }
  });
});
