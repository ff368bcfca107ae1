// Small DOM helpers shared by the sidebar panels.

export function el<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`Thiếu phần tử #${id}`);
  return found as T;
}

export type StatusKind = 'busy' | 'ok' | 'error' | '';

/** Shows progress, then the result or a clear error, in a panel's status line. */
export function setStatus(id: string, kind: StatusKind, text: string): void {
  const status = el(id);
  status.className = 'status ' + kind;
  status.textContent = text;
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function optionalInput(id: string): string | undefined {
  const v = el<HTMLInputElement>(id).value.trim();
  return v === '' ? undefined : v;
}
