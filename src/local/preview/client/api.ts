// Calls from the preview page to its server. Types come from the server modules (types only).
import type { DialogAnswer, PendingQuestion } from 'gas-emulator';
import type { EditOutcome, Follow, PreviewState, RunResult } from '../session.ts';

export type { DialogAnswer, EditOutcome, Follow, PendingQuestion, PreviewState, RunResult };

export async function post<T>(path: string, body: unknown): Promise<T> {
  const res = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const data = (await res.json()) as T & { error?: string };
  if (!res.ok) throw new Error(data.error ?? `Lỗi ${res.status}`);
  return data;
}

export async function getState(
  sheet: string,
  seen: { alerts: number; toasts: number },
): Promise<PreviewState> {
  const q = new URLSearchParams({ alerts: String(seen.alerts), toasts: String(seen.toasts) });
  if (sheet) q.set('sheet', sheet);
  const res = await fetch(`/api/state?${q.toString()}`);
  return (await res.json()) as PreviewState;
}
