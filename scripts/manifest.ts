// The Apps Script manifest (dist/appsscript.json), kept typed here instead of as a loose JSON file.
// Sáu Rõ is an Editor add-on (menu + HtmlService sidebar): no `addOns` section, which belongs to
// Workspace add-ons with card UI and would pull in more scopes.
import * as z from 'zod';

/** The only scopes the add-on may ask for: the open spreadsheet, and its menu/sidebar. */
export const OAUTH_SCOPES = [
  'https://www.googleapis.com/auth/script.container.ui',
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
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

export const manifest: AppsScriptManifest = {
  timeZone: 'Asia/Ho_Chi_Minh',
  dependencies: {},
  exceptionLogging: 'STACKDRIVER',
  runtimeVersion: 'V8',
  oauthScopes: [
    'https://www.googleapis.com/auth/spreadsheets.currentonly',
    'https://www.googleapis.com/auth/script.container.ui',
  ],
};

/** Validates a manifest and returns its JSON text; throws if it is malformed or asks for other scopes. */
export function renderManifest(source: AppsScriptManifest = manifest): string {
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
