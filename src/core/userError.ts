// An error meant for the person at the keyboard: Vietnamese first, English for the CLI and logs.

export interface Where {
  sheet?: string;
  row?: number;
  column?: string;
}

export interface UserErrorText {
  /** What the user reads. */
  vi: string;
  /** The same for the CLI and the logs. */
  en: string;
  where?: Where;
}

export class UserError extends Error {
  readonly en: string;
  readonly where: Where | undefined;

  constructor({ vi, en, where }: UserErrorText) {
    super(vi);
    this.name = 'UserError';
    this.en = en;
    this.where = where;
  }
}
