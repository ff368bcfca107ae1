// The preview server without a browser: who may call it, how big a call may be, and what a
// session does with questions, edits and the cursor the add-on moves.
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type PreviewServer } from '../../src/local/server.ts';
import { formulaForLocale } from '../../src/local/preview/sheetState.ts';
import { invalidInputMessage } from '../../src/local/preview/session.ts';

const NOW = new Date('2026-11-20T03:00:00Z');
let server: PreviewServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

interface Reply {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

/** A raw HTTP call, with whatever Host, Origin and body a hostile page or tool might send. */
function call(
  url: string,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  const target = new URL(path, url);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: options.method ?? 'GET',
        headers: options.headers ?? {},
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            headers: res.headers,
          }),
        );
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

const json = { 'content-type': 'application/json' };

describe('the preview server', () => {
  it('listens on 127.0.0.1 unless told otherwise', async () => {
    server = await startServer({ port: 0, demo: false, now: () => NOW });
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
  });

  it('answers its own page and refuses other origins, other host names and non-JSON writes', async () => {
    server = await startServer({ port: 0, demo: false, now: () => NOW });
    const host = new URL(server.url).host;
    const body = JSON.stringify({ fn: 'getTemplates', args: [] });
    const own = await call(server.url, '/rpc', {
      method: 'POST',
      headers: { ...json, origin: `http://${host}`, 'sec-fetch-site': 'same-origin' },
      body,
    });
    expect(own.status).toBe(200);
    expect(JSON.parse(own.body)).toMatchObject({ ok: true });

    const other = await call(server.url, '/rpc', {
      method: 'POST',
      headers: { ...json, origin: 'http://evil.example' },
      body,
    });
    expect(other.status).toBe(403);
    const crossSite = await call(server.url, '/api/state', {
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.status).toBe(403);
    // DNS rebinding: a page of another name pointed at 127.0.0.1.
    const rebound = await call(server.url, '/api/state', { headers: { host: 'evil.example' } });
    expect(rebound.status).toBe(421);
    const form = await call(server.url, '/rpc', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'fn=closePeriod',
    });
    expect(form.status).toBe(415);
  });

  it('refuses a body over its limit', async () => {
    server = await startServer({ port: 0, demo: false, now: () => NOW });
    const big = JSON.stringify({ fn: 'previewImport', args: [{ text: 'x'.repeat(5_000_000) }] });
    const reply = await call(server.url, '/rpc', { method: 'POST', headers: json, body: big });
    expect(reply.status).toBe(413);
  });

  it('lets only its own pages frame it', async () => {
    server = await startServer({ port: 0, demo: false, now: () => NOW });
    const page = await call(server.url, '/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('role="tablist"');
    expect(page.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(page.headers['content-security-policy']).toBe("frame-ancestors 'self'");
  });
});

describe('a preview session', () => {
  it("asks before 'Chốt kỳ': NO leaves the period open, YES closes it", async () => {
    server = await startServer({
      port: 0,
      now: () => NOW,
      prepare: (rt) => {
        rt.call('distributeReports', {});
        rt.call('mergeReports', {});
      },
    });
    const { session, runtime } = server;
    const first = session.run('menuClosePeriod', [], []);
    expect(first).toEqual({
      ok: false,
      ask: expect.objectContaining({ kind: 'alert', buttons: 'YES_NO' }) as unknown,
    });
    const no = session.run('menuClosePeriod', [], [{ button: 'NO' }]);
    expect(no).toMatchObject({ ok: true });
    expect(runtime.workbook.sheetByName('Chốt kỳ 2026-Q4')).toBeUndefined();
    expect(runtime.ui.toasts.at(-1)?.message).toBe(
      'Chưa chốt: kỳ 2026-Q4 vẫn mở, không có gì thay đổi.',
    );
    const yes = session.run('menuClosePeriod', [], [{ button: 'YES' }]);
    expect(yes).toMatchObject({ ok: true, follow: { sheet: 'Chốt kỳ 2026-Q4', a1: 'A1' } });
    expect(runtime.workbook.sheetByName('Chốt kỳ 2026-Q4')).toBeDefined();
  });

  it('types as the chosen user: a viewer is refused, a unit reads "1,5" as 1.5 in its own cells', async () => {
    server = await startServer({
      port: 0,
      now: () => NOW,
      prepare: (rt) => void rt.call('distributeReports', {}),
    });
    const { session } = server;
    const sheet = 'BC 2026-Q4 - Công an xã';
    session.switchUser('lanhdao@xa-mau.vn', true);
    expect(session.edit(sheet, 'F13', '50')).toMatchObject({
      applied: false,
      message: 'Bạn chỉ có quyền xem bảng tính này, không sửa được.',
    });
    expect(session.run('showSidebar', [], [])).toMatchObject({ ok: false });
    session.switchUser('congan@xa-mau.vn', false);
    expect(session.state(sheet, { alerts: 0, toasts: 0 }).menus).toEqual([]);
    // Row 13: the first task of block A (rows 5–7 are the state, send-back and "Nộp báo cáo" rows).
    expect(session.edit(sheet, 'B13', 'x')).toMatchObject({ applied: false });
    // A rejecting validation is refused in Vietnamese: the rule's help text, no English prefix.
    const refused = session.edit(sheet, 'F13', '150');
    expect(refused).toMatchObject({ applied: false });
    expect(refused.message).toMatch(
      /^Dữ liệu nhập vào ô F13 không hợp lệ\. Nhập tiến độ từ 0 đến 100/,
    );
    expect(refused.message).not.toMatch(/There was a problem/);
    expect(session.edit(sheet, 'F13', '1,5')).toMatchObject({ applied: true });
    const shown = session.state(sheet, { alerts: 0, toasts: 0 }).shown;
    expect(shown?.cells[12]?.[5]).toMatchObject({ v: '1,5', input: '1,5' });
    expect(shown?.cells[12]?.[1]?.locked).toBe(true);
    expect(shown?.cells[12]?.[5]?.locked).toBeUndefined();
  });

  it('shows formulas as a vi_VN user types them', () => {
    expect(formulaForLocale('=ROUND(A1*1.5,0)&"a,b"', 'vi_VN')).toBe('=ROUND(A1*1,5;0)&"a,b"');
    expect(formulaForLocale('=SUM(A1,B1)', 'en_GB')).toBe('=SUM(A1,B1)');
  });

  it("words the emulator's English validation refusals in Vietnamese", () => {
    expect(
      invalidInputMessage('E5', 'There was a problem: Input must be a number between 0 and 100.'),
    ).toBe('Dữ liệu nhập vào ô E5 không hợp lệ. Hãy nhập một số từ 0 đến 100.');
    expect(
      invalidInputMessage(
        'E5',
        'There was a problem: Input must be an item on the specified list.',
      ),
    ).toBe('Dữ liệu nhập vào ô E5 không hợp lệ. Hãy chọn một mục trong danh sách.');
  });
});
