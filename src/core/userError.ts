// An error meant for the person at the keyboard: Vietnamese first, English for the CLI and logs.

export interface Where {
  sheet?: string;
  row?: number;
  column?: string;
}

export class UserError extends Error {
  readonly en: string;
  readonly where: Where | undefined;

  constructor(vi: string, en: string, where?: Where) {
    super(vi);
    this.name = 'UserError';
    this.en = en;
    this.where = where;
  }
}

/** "trang tính "X", dòng 5, cột "Mã"": the place, in the words a user sees on screen. */
export function describeWhere(where: Where): string {
  const parts: string[] = [];
  if (where.sheet !== undefined) parts.push(`trang tính "${where.sheet}"`);
  if (where.row !== undefined) parts.push(`dòng ${where.row}`);
  if (where.column !== undefined) parts.push(`cột "${where.column}"`);
  return parts.join(', ');
}
