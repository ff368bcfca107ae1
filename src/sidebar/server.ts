// Typed calls from the sidebar to the server functions (google.script.run), as promises.
import type { ServerApi } from '../gas/api.ts';

interface ScriptRun {
  withSuccessHandler(cb: (value: unknown) => void): ScriptRun;
  withFailureHandler(cb: (error: unknown) => void): ScriptRun;
  [fn: string]: unknown;
}

declare const google: { script: { run: ScriptRun } };

type Api = { [K in keyof ServerApi]: ServerApi[K] };

export function callServer<K extends keyof Api>(
  name: K,
  ...args: Parameters<Api[K]>
): Promise<ReturnType<Api[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<Api[K]>))
      .withFailureHandler((error) => reject(toError(error)));
    const fn = runner[name];
    if (typeof fn !== 'function') {
      reject(new Error(`Không tìm thấy chức năng máy chủ "${name}".`));
      return;
    }
    (fn as (...a: unknown[]) => void).apply(runner, args);
  });
}

/**
 * google.script.run hands the page only a server error's message, sometimes with a prefix such
 * as "Exception: "; the user reads the message alone.
 */
function toError(error: unknown): Error {
  const message =
    typeof error === 'object' && error !== null && 'message' in error
      ? String((error as { message: unknown }).message)
      : String(error);
  return new Error(message.replace(/^(?:Exception|ScriptError|Error):\s*/, ''));
}
