// The digest that binds a submission record, pinned to published values: the SHA-256 test vectors
// of FIPS 180-2 (hex there, base64 here) and the UTF-8 bytes of the Unicode standard's table, so
// that a record written by one version of the add-on still matches in the next.
import { describe, expect, it } from 'vitest';
import { sha256Base64, utf8Bytes } from '../../src/core/text/digest.ts';

const bytes = (text: string): number[] => [...utf8Bytes(text)];

describe('sha256Base64 on the published test vectors', () => {
  it('"abc" is ba7816bf…f20015ad', () => {
    expect(sha256Base64('abc')).toBe('ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=');
  });

  it('the 448-bit message "abcdbcde…nopq" is 248d6a61…19db06c1', () => {
    expect(sha256Base64('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      'JI1qYdIGOLjlwCaTDD5gOaM85Flk/yFn9uzt1BnbBsE=',
    );
  });

  it('the empty text is e3b0c442…7852b855', () => {
    expect(sha256Base64('')).toBe('47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });

  it('a Vietnamese status is hashed from its UTF-8 bytes', () => {
    expect(sha256Base64('Hoàn thành')).toBe('XrNvjJrLIpwVbotAf+jpTwq6QZe5RvxGEnW61RF2ock=');
  });
});

describe('utf8Bytes, boundary by boundary', () => {
  it('writes ASCII as one byte, up to U+007F', () => {
    expect(bytes('A1\t')).toEqual([0x41, 0x31, 0x09]);
    expect(bytes('\u007f')).toEqual([0x7f]);
  });

  it('writes U+0080 to U+07FF as two bytes (đ, Đ)', () => {
    expect(bytes('\u0080')).toEqual([0xc2, 0x80]);
    expect(bytes('đĐ')).toEqual([0xc4, 0x91, 0xc4, 0x90]);
    expect(bytes('\u07ff')).toEqual([0xdf, 0xbf]);
  });

  it('writes U+0800 to U+FFFF as three bytes (ễ, ự), surrogates apart', () => {
    expect(bytes('\u0800')).toEqual([0xe0, 0xa0, 0x80]);
    expect(bytes('ễự')).toEqual([0xe1, 0xbb, 0x85, 0xe1, 0xbb, 0xb1]);
    expect(bytes('\ud7ff')).toEqual([0xed, 0x9f, 0xbf]);
    expect(bytes('\ue000')).toEqual([0xee, 0x80, 0x80]);
    expect(bytes('\uffff')).toEqual([0xef, 0xbf, 0xbf]);
  });

  it('writes a surrogate pair as the four bytes of its code point', () => {
    expect(bytes('\ud800\udc00')).toEqual([0xf0, 0x90, 0x80, 0x80]);
    expect(bytes('😀')).toEqual([0xf0, 0x9f, 0x98, 0x80]);
    expect(bytes('\ud800\udfff')).toEqual([0xf0, 0x90, 0x8f, 0xbf]);
    expect(bytes('\udbff\udc00')).toEqual([0xf4, 0x8f, 0xb0, 0x80]);
    expect(bytes('\udbff\udfff')).toEqual([0xf4, 0x8f, 0xbf, 0xbf]);
  });

  it('writes a lone surrogate as U+FFFD (EF BF BD), as TextEncoder does', () => {
    const fffd = [0xef, 0xbf, 0xbd];
    expect(bytes('\ud800')).toEqual(fffd);
    expect(bytes('\udbff')).toEqual(fffd);
    expect(bytes('\udc00')).toEqual(fffd);
    expect(bytes('\udfff')).toEqual(fffd);
    expect(bytes('\ud800x')).toEqual([...fffd, 0x78]);
    expect(bytes('\ud800\ud800')).toEqual([...fffd, ...fffd]);
    expect(bytes('\udc00\ud800')).toEqual([...fffd, ...fffd]);
    expect(bytes('\udc00\udc00')).toEqual([...fffd, ...fffd]);
    expect(bytes('\ud800\ue000')).toEqual([...fffd, 0xee, 0x80, 0x80]);
  });

  it('has exactly as many bytes as written, none left over from the room made for three a unit', () => {
    expect(utf8Bytes('Hoàn thành').length).toBe(12);
    expect(utf8Bytes('😀').length).toBe(4);
  });
});
