import { ServiceObject } from '../serviceObject.ts';

/** Apps Script User: only the email is meaningful here. */
export class UserImpl extends ServiceObject {
  readonly _className = 'User';
  constructor(private readonly email: string) {
    super();
  }
  getEmail(): string {
    return this.email;
  }
  getUserLoginId(): string {
    return this.email;
  }
  override toString(): string {
    return this.email;
  }
}

export function emailOf(u: unknown): string {
  if (u instanceof UserImpl) return u.getEmail();
  return String(u);
}
