// Who the preview can act as: the coordinating office, each unit's editors as the "Đơn vị" sheet
// lists them, and a leader who may only read. Read from the sheets' displayed values, so the list
// follows whatever the coordinator typed.
import { viewWorkbook, type Runtime } from 'gas-emulator';

export type PreviewRole = 'coordinator' | 'unit' | 'viewer';

export interface PreviewUser {
  email: string;
  role: PreviewRole;
  /** What the picker shows, e.g. "Công an xã — congan@xa-mau.vn". */
  label: string;
  /** The unit(s) the email types for. */
  units: string[];
}

export const VIEWER_EMAIL = 'lanhdao@xa-mau.vn';
const UNIT_SHEET = 'Đơn vị';
const SETTINGS_SHEET = 'Cài đặt';
const COORDINATOR_ROLE = 'cơ quan thường trực';

const fold = (s: string) => s.normalize('NFC').trim().toLowerCase();

function emailsIn(text: string): string[] {
  return text
    .split(/[;,\s]+/)
    .map((e) => e.trim())
    .filter((e) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e));
}

function table(runtime: Runtime, name: string): string[][] {
  const sheet = viewWorkbook(runtime.workbook, { only: [name] }).sheets.find(
    (s) => s.name === name,
  );
  return (sheet?.cells ?? []).map((row) => row.map((c) => c?.v ?? ''));
}

/** Everyone the preview can act as, the owner (the first coordinator) first, the viewer last. */
export function previewUsers(runtime: Runtime): PreviewUser[] {
  const byEmail = new Map<string, PreviewUser>();
  const add = (email: string, role: PreviewRole, unit: string | null) => {
    const key = email.toLowerCase();
    const known = byEmail.get(key);
    if (known) {
      if (unit && !known.units.includes(unit)) known.units.push(unit);
      if (role === 'coordinator') known.role = 'coordinator';
      return;
    }
    byEmail.set(key, { email, role, label: '', units: unit ? [unit] : [] });
  };
  const owner = runtime.workbook.owner;
  if (owner) add(owner, 'coordinator', null);
  const [header = [], ...rows] = table(runtime, UNIT_SHEET);
  const col = (name: string) => header.findIndex((h) => fold(h) === fold(name));
  const [nameCol, emailCol, roleCol] = [
    col('Tên đơn vị'),
    col('Email người nhập liệu'),
    col('Vai trò'),
  ];
  if (nameCol >= 0 && emailCol >= 0) {
    for (const row of rows) {
      const unit = row[nameCol] ?? '';
      const role = fold(row[roleCol] ?? '') === COORDINATOR_ROLE ? 'coordinator' : 'unit';
      for (const email of emailsIn(row[emailCol] ?? '')) add(email, role, unit || null);
    }
  }
  // Coordinators' emails kept in the settings sheet ("Email …" rows).
  for (const [label = '', value = ''] of table(runtime, SETTINGS_SHEET)) {
    if (/email/i.test(label)) for (const email of emailsIn(value)) add(email, 'coordinator', null);
  }
  const users = [...byEmail.values()];
  for (const u of users) {
    const who =
      u.role === 'coordinator'
        ? `Cơ quan thường trực${u.units.length ? ` (${u.units.join(', ')})` : ''}`
        : u.units.join(', ');
    u.label = `${who} — ${u.email}`;
  }
  users.push({
    email: VIEWER_EMAIL,
    role: 'viewer',
    label: `Lãnh đạo, chỉ xem — ${VIEWER_EMAIL}`,
    units: [],
  });
  return users;
}
