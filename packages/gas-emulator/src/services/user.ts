import { ServiceObject } from '../serviceObject.ts';
import type { Workbook } from '../workbook.ts';

/**
 * Apps Script User: only the email is meaningful here. A sharing policy can hide someone's email
 * (`Workbook.hiddenEmails`): getEmail() is then '', but the User still names that person, so
 * `protection.removeEditors(protection.getEditors())` removes them and a list of emails cannot.
 */
export class UserImpl extends ServiceObject {
  readonly _className = 'User';
  constructor(
    private readonly identity: string,
    private readonly hidden = false,
  ) {
    super();
  }
  getEmail(): string {
    return this.hidden ? '' : this.identity;
  }
  getUserLoginId(): string {
    return this.getEmail();
  }
  /** Who this is, whatever getEmail() shows (host only). */
  _identity(): string {
    return this.identity;
  }
  override toString(): string {
    return this.getEmail();
  }
}

export function isEmailHidden(wb: Workbook, email: string): boolean {
  const e = email.toLowerCase();
  for (const h of wb.hiddenEmails) if (h.toLowerCase() === e) return true;
  return false;
}

/** The User another person sees for `email` in this file. */
export function userIn(wb: Workbook, email: string): UserImpl {
  return new UserImpl(email, isEmailHidden(wb, email));
}

export function emailOf(u: unknown): string {
  if (u instanceof UserImpl) return u._identity();
  return String(u);
}
