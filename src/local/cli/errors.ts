// Errors the CLI prints as one line, in Vietnamese and English.

export class CliError extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
  ) {
    super(vi);
    this.name = 'CliError';
  }
}

/** One line for stderr; errors thrown by the bundle carry `en` too (UserError). */
export function errorLine(error: unknown): string {
  if (error instanceof CliError) return `Lỗi: ${error.vi} | Error: ${error.en}`;
  if (typeof error === 'object' && error !== null && 'message' in error) {
    const message = String((error as { message: unknown }).message);
    const en = (error as { en?: unknown }).en;
    return typeof en === 'string' ? `Lỗi: ${message} | Error: ${en}` : `Lỗi: ${message}`;
  }
  return `Lỗi: ${String(error)}`;
}
