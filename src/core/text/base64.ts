// Base64 (standard alphabet, "=" padding) of bytes as Apps Script gives them (signed, -128…127),
// the text Utilities.base64Encode makes: computed here, it costs no service call.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function base64OfBytes(bytes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = (bytes[i] ?? 0) & 255;
    const b = (bytes[i + 1] ?? 0) & 255;
    const c = (bytes[i + 2] ?? 0) & 255;
    const n = (a << 16) | (b << 8) | c;
    out += ALPHABET[(n >> 18) & 63];
    out += ALPHABET[(n >> 12) & 63];
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? ALPHABET[n & 63] : '=';
  }
  return out;
}
