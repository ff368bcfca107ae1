// `npm start`: the real dist/Sidebar.html beside an editable view of the emulated workbook, as
// any user of the file (coordinator, a unit's editor, a leader who only reads), with or without
// the add-on installed. Binds 127.0.0.1 unless HOST says otherwise; answers only its own page.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import * as z from 'zod/mini';
import { toXlsxBuffer, type Runtime, type Workbook } from 'gas-emulator';
import { addonRuntime } from './addonRuntime.ts';
import { ensureBundle, REPO_ROOT } from './cli/bundle.ts';
import { DEMO_OWNER, demoWorkbook, prepareDemo } from './demo.ts';
import { withBridge } from './preview/bridge.ts';
import { previewPage } from './preview/page.ts';
import { allowedHosts, checkRequest, readBody, Refusal } from './preview/security.ts';
import { PreviewSession } from './preview/session.ts';

export interface PreviewServer {
  url: string;
  runtime: Runtime;
  session: PreviewSession;
  close(): Promise<void>;
}

export interface ServerOptions {
  port?: number;
  /** Address to bind; default 127.0.0.1 (this machine only). */
  host?: string;
  /** Fill the demo commune (seed 001's plan, seed 000's KPIs); default true. */
  demo?: boolean;
  /** Start from this workbook instead of an empty one (tests). */
  workbook?: Workbook;
  /** The file's owner, the first coordinator; default the demo's. */
  owner?: string;
  /** Runs after the demo, as the owner, before anyone opens the page (tests prepare state). */
  prepare?: (runtime: Runtime) => void;
  /** The emulated clock. */
  now?: () => Date;
}

export async function startServer(options: ServerOptions = {}): Promise<PreviewServer> {
  const bundlePath = await ensureBundle();
  const workbook = options.workbook ?? demoWorkbook();
  // A Vietnamese commune's file: typed numbers read "1,5" as 1.5.
  workbook.locale = 'vi_VN';
  const runtime = addonRuntime({
    workbook,
    bundlePath,
    user: options.owner ?? DEMO_OWNER,
    ...(options.now ? { now: options.now } : {}),
  });
  runtime.runTrigger('onOpen', 'FULL');
  if (options.demo ?? true) prepareDemo(runtime);
  else runtime.call('showSidebar');
  options.prepare?.(runtime);
  const session = new PreviewSession(runtime);
  const client = await buildClient();
  const host = options.host ?? '127.0.0.1';

  let hosts: Set<string> | null = null;
  const server = createServer((req, res) => {
    handle(req, res, session, client, hosts).catch((error: unknown) => {
      if (error instanceof Refusal)
        return sendJson(res, error.status, { ok: false, error: error.message });
      sendJson(res, 500, {
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      });
    });
  });
  const port = await listen(server, options.port ?? 8080, host);
  hosts = allowedHosts(host, port);
  const shown =
    host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${port}`,
    runtime,
    session,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const require = createRequire(import.meta.url);

/** The grid component's style sheets, served as they ship. */
function gridCss(): string {
  const files = ['jspreadsheet-ce/dist/jspreadsheet.css', 'jsuites/dist/jsuites.css'];
  return files.map((f) => readFileSync(require.resolve(f), 'utf8')).join('\n');
}

async function buildClient(): Promise<{ js: string; css: string }> {
  const result = await esbuild.build({
    entryPoints: [join(REPO_ROOT, 'src/local/preview/client/main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    charset: 'utf8',
    minify: true,
    legalComments: 'none',
  });
  return { js: result.outputFiles[0]?.text ?? '', css: gridCss() };
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

// ------------------------------------------------------------------------------ payloads

const answer = z.object({
  button: z.enum(['OK', 'CANCEL', 'YES', 'NO', 'CLOSE']),
  text: z.optional(z.string().check(z.maxLength(10_000))),
});
const schemas = {
  run: z.object({
    fn: z.string().check(z.regex(/^[A-Za-z_$][\w$]*$/)),
    args: z.optional(z.array(z.unknown())),
    answers: z.optional(z.array(answer).check(z.maxLength(20))),
  }),
  edit: z.object({
    sheet: z.string().check(z.maxLength(200)),
    a1: z.string().check(z.regex(/^[A-Z]{1,3}\d{1,7}$/)),
    input: z.string().check(z.maxLength(50_000)),
  }),
  select: z.object({
    sheet: z.string().check(z.maxLength(200)),
    a1: z.string().check(z.regex(/^[A-Z]{1,3}\d{1,7}(:[A-Z]{1,3}\d{1,7})?$/)),
  }),
  user: z.object({ email: z.string().check(z.maxLength(320)), installed: z.boolean() }),
};

async function payload<T>(req: IncomingMessage, schema: z.ZodMiniType<T>): Promise<T> {
  const raw = await readBody(req);
  let body: unknown;
  try {
    body = JSON.parse(raw || '{}');
  } catch {
    throw new Refusal(400, 'Dữ liệu gửi lên không phải JSON.');
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new Refusal(400, 'Yêu cầu không hợp lệ.');
  return parsed.data;
}

function count(value: string | null): number {
  const n = Number(value ?? 0);
  return Number.isInteger(n) && n >= 0 ? n : 0;
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  session: PreviewSession,
  client: { js: string; css: string },
  hosts: Set<string> | null,
) {
  checkRequest(req, hosts);
  const url = new URL(req.url ?? '/', 'http://localhost');
  const route = `${req.method ?? 'GET'} ${url.pathname}`;
  const runtime = session.runtime;
  switch (route) {
    case 'GET /':
      return send(res, 200, 'text/html; charset=utf-8', previewPage(runtime.workbook.name));
    case 'GET /favicon.ico':
      res.writeHead(204);
      return res.end();
    case 'GET /preview.js':
      return send(res, 200, 'text/javascript; charset=utf-8', client.js);
    case 'GET /grid.css':
      return send(res, 200, 'text/css; charset=utf-8', client.css);
    case 'GET /sidebar': {
      const html =
        runtime.ui.sidebar?.html ?? readFileSync(join(REPO_ROOT, 'dist/Sidebar.html'), 'utf8');
      return send(res, 200, 'text/html; charset=utf-8', withBridge(html));
    }
    case 'GET /api/state':
      return sendJson(
        res,
        200,
        session.state(url.searchParams.get('sheet'), {
          alerts: count(url.searchParams.get('alerts')),
          toasts: count(url.searchParams.get('toasts')),
        }),
      );
    case 'GET /download.xlsx': {
      const buffer = await toXlsxBuffer(runtime.workbook);
      res.writeHead(200, {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(runtime.workbook.name)}.xlsx`,
      });
      return res.end(buffer);
    }
    case 'POST /rpc':
    case 'POST /api/menu': {
      const { fn, args, answers } = await payload(req, schemas.run);
      const from = url.pathname === '/rpc' ? 'page' : 'menu';
      return sendJson(res, 200, session.run(fn, args ?? [], answers ?? [], from));
    }
    case 'POST /api/edit': {
      const { sheet, a1, input } = await payload(req, schemas.edit);
      return sendJson(res, 200, session.edit(sheet, a1, input));
    }
    case 'POST /api/select': {
      const { sheet, a1 } = await payload(req, schemas.select);
      return sendJson(res, 200, { ok: session.select(sheet, a1) });
    }
    case 'POST /api/user': {
      const { email, installed } = await payload(req, schemas.user);
      try {
        return sendJson(res, 200, { ok: true, user: session.switchUser(email, installed) });
      } catch (error) {
        return sendJson(res, 400, { ok: false, error: (error as Error).message });
      }
    }
  }
  return send(res, 404, 'text/plain; charset=utf-8', 'Không tìm thấy.');
}

function send(res: ServerResponse, status: number, type: string, body: string) {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    // Only this server's own pages may frame it (the sidebar iframe); no other site.
    'x-frame-options': 'SAMEORIGIN',
    'content-security-policy': "frame-ancestors 'self'",
    'x-content-type-options': 'nosniff',
  });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = Number(process.env.PORT ?? 8080);
  const server = await startServer({ port, host: process.env.HOST || '127.0.0.1' });
  process.stdout.write(
    `Sáu Rõ đang chạy trên bảng tính mô phỏng: ${server.url}\n(Sáu Rõ preview running at ${server.url} — Ctrl+C để dừng)\n`,
  );
}
