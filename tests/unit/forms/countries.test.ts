// The country list (src/lib/forms/countries.ts): the 249 ISO 3166-1 alpha-2 codes, the
// host country first, names in the page language.
import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, countryOptions, isCountryCode } from '~/lib/forms/countries';

describe('the country list', () => {
  it('holds the 249 ISO 3166-1 alpha-2 codes, once each', () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    expect(isCountryCode('VN')).toBe(true);
    expect(isCountryCode('EU')).toBe(false);
    expect(isCountryCode('vn')).toBe(false);
  });

  it('puts the host country first and names countries in the page language', () => {
    expect(countryOptions('vi')[0]).toEqual({ code: 'VN', name: 'Việt Nam' });
    expect(countryOptions('en')[0]).toEqual({ code: 'VN', name: 'Vietnam' });
    expect(countryOptions('vi').find((c) => c.code === 'KR')?.name).toBe('Hàn Quốc');
  });
});
