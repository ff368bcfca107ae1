// `npm start`: the real dist/Sidebar.html beside a live view of the emulated workbook.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { toXlsxBuffer, viewWorkbook, type Runtime } from 'gas-emulator';
import { addonRuntime } from './addonRuntime.ts';
import { ensureBundle, REPO_ROOT } from './cli/bundle.ts';
import { demoWorkbook, prepareDemo } from './demo.ts';
import { withBridge } from './preview/bridge.ts';
import { previewPage } from './preview/page.ts';

export interface PreviewServer {
  url: string;
  runtime: Runtime;
  close(): Promise<void>;
}

export async function startServer(
  options: { port?: number; host?: string; demo?: boolean } = {},
): Promise<PreviewServer> {
  const bundlePath = await ensureBundle();
  const runtime = addonRuntime({ workbook: demoWorkbook(), bundlePath });
  runtime.runTrigger('onOpen', 'FULL');
  if (options.demo ?? true) prepareDemo(runtime);
  else runtime.call('showSidebar');
  const client = await buildClient();
  const host = options.host ?? '127.0.0.1';

  const server = createServer((req, res) => {
    handle(req, res, runtime, client).catch((error: unknown) => {
      send(res, 500, 'text/plain; charset=utf-8', String(error));
    });
  });
  const port = await listen(server, options.port ?? 8080, host);
  return {
    url: `http://localhost:${port}`,
    runtime,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function buildClient(): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [join(REPO_ROOT, 'src/local/preview/client.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    charset: 'utf8',
  });
  return result.outputFiles[0]?.text ?? '';
}

/** Tries the given port, then the next ones, so a busy 8080 is not a dead end. */
function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const attempt = (p: number, left: number) => {
      server.once('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'EADDRINUSE' && left > 0 && p !== 0) attempt(p + 1, left - 1);
        else reject(error);
      });
      server.listen(p, host, () => {
        const address = server.address();
        resolve(typeof address === 'object' && address ? address.port : p);
      });
    };
    attempt(port, 20);
  });
}

/** The workbook with the cells of one tab (the asked one, else the active one). */
function state(runtime: Runtime, sheet: string | null) {
  const wb = runtime.workbook;
  const shown = sheet && wb.sheets.some((s) => s.name === sheet) ? sheet : wb.activeSheet?.name;
  return {
    workbook: viewWorkbook(wb, { only: shown ? [shown] : [] }),
    menus: runtime.ui.menus,
    sidebar: runtime.ui.sidebar ? { title: runtime.ui.sidebar.title } : null,
    alerts: runtime.ui.alerts,
    toasts: runtime.ui.toasts,
    outbox: wb.outbox,
  };
}

async function handle(req: IncomingMessage, res: ServerResponse, runtime: Runtime, client: string) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (req.method === 'GET' && url.pathname === '/') {
    return send(res, 200, 'text/html; charset=utf-8', previewPage(runtime.workbook.name));
  }
  if (req.method === 'GET' && url.pathname === '/favicon.ico') {
    res.writeHead(204);
    return res.end();
  }
  if (req.method === 'GET' && url.pathname === '/preview.js') {
    return send(res, 200, 'text/javascript; charset=utf-8', client);
  }
  if (req.method === 'GET' && url.pathname === '/sidebar') {
    const html =
      runtime.ui.sidebar?.html ?? readFileSync(join(REPO_ROOT, 'dist/Sidebar.html'), 'utf8');
    return send(res, 200, 'text/html; charset=utf-8', withBridge(html));
  }
  if (req.method === 'GET' && url.pathname === '/api/state') {
    return sendJson(res, 200, state(runtime, url.searchParams.get('sheet')));
  }
  if (req.method === 'GET' && url.pathname === '/download.xlsx') {
    const buffer = await toXlsxBuffer(runtime.workbook);
    res.writeHead(200, {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(runtime.workbook.name)}.xlsx`,
    });
    return res.end(buffer);
  }
  if (req.method === 'POST' && (url.pathname === '/rpc' || url.pathname === '/api/menu')) {
    const body = await readJson(req);
    const fn = typeof body.fn === 'string' ? body.fn : '';
    const args = Array.isArray(body.args) ? (body.args as unknown[]) : [];
    if (!/^[A-Za-z_$][\w$]*$/.test(fn))
      return sendJson(res, 400, { ok: false, error: 'Tên hàm không hợp lệ.' });
    try {
      const value = runtime.call(fn, ...args);
      return sendJson(res, 200, { ok: true, value: value ?? null });
    } catch (error) {
      return sendJson(res, 200, {
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return send(res, 404, 'text/plain; charset=utf-8', 'Không tìm thấy.');
}

function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      try {
        const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
        resolve(
          typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {},
        );
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = Number(process.env.PORT ?? 8080);
  const server = await startServer({ port, host: process.env.HOST ?? '127.0.0.1' });
  process.stdout.write(
    `Sáu Rõ đang chạy trên bảng tính mô phỏng: ${server.url}\n(Sáu Rõ preview running at ${server.url} — Ctrl+C để dừng)\n`,
  );
}
