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
