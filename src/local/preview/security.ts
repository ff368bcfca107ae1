// What the preview server accepts: requests addressed to it by its own name (no DNS rebinding),
// from its own page only (no other site may drive the emulated workbook), with bodies of bounded
// size. The server binds 127.0.0.1 unless HOST says otherwise.
import type { IncomingMessage } from 'node:http';

/** Large enough for a whole plan pasted into the import box (500,000 characters of Vietnamese). */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];
const WILDCARD = ['0.0.0.0', '::', '[::]'];

/** Host headers this server answers to, for the address it is bound to (null: any name). */
export function allowedHosts(host: string, port: number): Set<string> | null {
  if (WILDCARD.includes(host)) return null;
  const names = new Set([...LOOPBACK, host.includes(':') ? `[${host}]` : host]);
  return new Set([...names].map((n) => `${n}:${port}`));
}

export class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * Throws a Refusal unless the request comes from the preview's own page (or from no page at all,
 * like curl): Host must name this server, and a browser's Origin / Sec-Fetch-Site must be ours.
 * Writes must be JSON, which a form on another site cannot send without asking first.
 */
export function checkRequest(req: IncomingMessage, hosts: Set<string> | null): void {
  const host = header(req, 'host') ?? '';
  if (hosts && !hosts.has(host.toLowerCase()))
    throw new Refusal(421, `Máy chủ xem trước không phục vụ tên "${host}".`);
  const origin = header(req, 'origin');
  if (origin !== undefined && origin !== `http://${host}`)
    throw new Refusal(403, 'Yêu cầu từ trang khác bị từ chối (chỉ trang xem trước được gọi).');
  const site = header(req, 'sec-fetch-site');
  if (site !== undefined && site !== 'same-origin' && site !== 'none')
    throw new Refusal(403, 'Yêu cầu từ trang khác bị từ chối (chỉ trang xem trước được gọi).');
  if (req.method === 'POST' && !/^application\/json\b/i.test(header(req, 'content-type') ?? ''))
    throw new Refusal(415, 'Chỉ nhận dữ liệu JSON.');
}

/** The request body as text, refused past MAX_BODY_BYTES. */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(header(req, 'content-length') ?? 0);
    if (declared > limit) {
      reject(new Refusal(413, 'Dữ liệu gửi lên quá lớn.'));
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (c: Buffer) => {
      size += c.length;
      if (size <= limit) {
        chunks.push(c);
        return;
      }
      // Refuse, and let the rest of the body drain so the refusal reaches the caller.
      req.off('data', onData);
      chunks.length = 0;
      req.resume();
      reject(new Refusal(413, 'Dữ liệu gửi lên quá lớn.'));
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
