// The digest that binds a submission record to the values submitted: it must equal what
// Utilities.computeDigest(SHA_256, text, UTF_8) gives (Node's crypto stands in for it here), or
// every sheet submitted before would read as "edited after submitting".
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Base64, utf8Bytes } from '../../src/core/text/digest.ts';

const node = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

describe('sha256Base64', () => {
  it('gives the digest of a submitted row as Apps Script does', () => {
    const row = 'I.1\tTriển khai Nghị quyết 57-NQ/TW\tĐang thực hiện\t50';
    expect(sha256Base64(row)).toBe(node(row));
    expect(sha256Base64('')).toBe('47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });

  it('agrees with Node for any text, Vietnamese, emoji and lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(sha256Base64(text)).toBe(node(text));
      }),
    );
  });
});

describe('utf8Bytes', () => {
  it('writes one to four bytes a character, as UTF-8 does', () => {
    expect([...utf8Bytes('aễ😀')]).toEqual([0x61, 0xe1, 0xbb, 0x85, 0xf0, 0x9f, 0x98, 0x80]);
    expect([...utf8Bytes('\ud800x')]).toEqual([0xef, 0xbf, 0xbd, 0x78]);
  });
});
