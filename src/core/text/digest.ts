// SHA-256 of a text's UTF-8 bytes, in base64: the same text Utilities.computeDigest(SHA_256, text,
// UTF_8) gives once base64-encoded, computed here so that checking a hundred unit sheets against
// their submission records costs no service call (@noble/hashes: audited, no dependencies, no
// Node or web API, so it runs in Apps Script's V8).
import { sha256 } from '@noble/hashes/sha2';
import { base64OfBytes } from './base64.ts';

/** UTF-8, as TextEncoder writes it (absent in Apps Script): a lone surrogate becomes U+FFFD. */
export function utf8Bytes(text: string): Uint8Array {
  // At most three bytes per UTF-16 unit (a pair of units makes four): written in place, since
  // a merge encodes every submitted sheet.
  const out = new Uint8Array(text.length * 3);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      out[n++] = c;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = text.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else c = 0xfffd;
    }
    if (c < 0x800) {
      out[n++] = 0xc0 | (c >> 6);
    } else if (c < 0x10000) {
      out[n++] = 0xe0 | (c >> 12);
      out[n++] = 0x80 | ((c >> 6) & 63);
    } else {
      out[n++] = 0xf0 | (c >> 18);
      out[n++] = 0x80 | ((c >> 12) & 63);
      out[n++] = 0x80 | ((c >> 6) & 63);
    }
    out[n++] = 0x80 | (c & 63);
  }
  return out.subarray(0, n);
}

/** SHA-256 of the text's UTF-8 bytes, base64 with "=" padding. */
export function sha256Base64(text: string): string {
  return base64OfBytes(Array.from(sha256(utf8Bytes(text))));
}
