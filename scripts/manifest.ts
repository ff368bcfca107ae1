// The Apps Script manifest: appsscript.json at the repo root, typed and checked here before the
// build copies it to dist/. Sáu Rõ is an Editor add-on (menu + HtmlService sidebar): no `addOns` section, which belongs to
// Workspace add-ons with card UI and would pull in more scopes.
import { readFileSync } from 'node:fs';
import * as z from 'zod';

/**
 * The only scopes the add-on may ask for: the open spreadsheet, its menu/sidebar, the user's
 * email (who submitted, who is a coordinator: Session.getActiveUser().getEmail()), the
 * installable triggers (ScriptApp.newTrigger: the daily reminder, and the edit trigger behind the
 * "Nộp báo cáo" boxes) and the reminder emails (MailApp.sendEmail).
 */
export const OAUTH_SCOPES = [
  'https://www.googleapis.com/auth/script.container.ui',
  'https://www.googleapis.com/auth/script.scriptapp',
  'https://www.googleapis.com/auth/script.send_mail',
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/userinfo.email',
] as const;

/** The manifest fields we use. Strict: an unknown key (such as `addOns`) fails the build. */
export const AppsScriptManifest = z.strictObject({
  timeZone: z.literal('Asia/Ho_Chi_Minh'),
  dependencies: z.strictObject({}),
  exceptionLogging: z.enum(['NONE', 'STACKDRIVER']),
  runtimeVersion: z.literal('V8'),
  oauthScopes: z.array(z.string().startsWith('https://www.googleapis.com/auth/')),
});
export type AppsScriptManifest = z.infer<typeof AppsScriptManifest>;

/** The manifest as written in appsscript.json at the repo root. */
export function readManifest(): unknown {
  return JSON.parse(
    readFileSync(new URL('../appsscript.json', import.meta.url), 'utf8'),
  ) as unknown;
}

/** Validates a manifest and returns its JSON text; throws if it is malformed or asks for other scopes. */
export function renderManifest(source: unknown = readManifest()): string {
  const parsed = AppsScriptManifest.safeParse(source);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`appsscript.json manifest is invalid:\n  ${issues.join('\n  ')}`);
  }
  const scopes = [...parsed.data.oauthScopes].sort();
  const expected = [...OAUTH_SCOPES].sort();
  if (scopes.length !== expected.length || scopes.some((s, i) => s !== expected[i])) {
    throw new Error(
      `appsscript.json oauthScopes must be exactly ${expected.join(', ')}; got ${scopes.join(', ') || '(none)'}`,
    );
  }
  return `${JSON.stringify(parsed.data, null, 2)}\n`;
}
