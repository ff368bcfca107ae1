import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64OfBytes } from '../../src/core/text/base64.ts';

const signed = (buf: Buffer) => [...buf].map((b) => (b > 127 ? b - 256 : b));

describe('base64OfBytes', () => {
  it('gives what Utilities.base64Encode gives for a SHA-256 digest', () => {
    const digest = createHash('sha256').update('Công an xã', 'utf8').digest();
    expect(base64OfBytes(signed(digest))).toBe(digest.toString('base64'));
  });

  it('pads short tails, and agrees with Node for any bytes', () => {
    expect(base64OfBytes([])).toBe('');
    expect(base64OfBytes([-1])).toBe('/w==');
    expect(base64OfBytes([77, 97])).toBe('TWE=');
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -128, max: 127 }), { maxLength: 70 }), (bytes) => {
        const buf = Buffer.from(bytes.map((b) => b & 255));
        expect(base64OfBytes(bytes)).toBe(buf.toString('base64'));
      }),
    );
  });
});
