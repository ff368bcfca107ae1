// Type-only lock between the sidebar's contract (ServerApi) and what main.ts exports: a server
// function whose parameters or result differ from ServerApi fails `npm run typecheck`.
import type * as Entry from './main.ts';
import type { ServerApi } from './gas/api.ts';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Exported = typeof Entry;

/** Names of the ServerApi methods whose exported function does not match, if any. */
type Mismatched = {
  [K in keyof ServerApi]: K extends keyof Exported
    ? Exported[K] extends (...args: infer P) => infer R
      ? Same<P, Parameters<ServerApi[K]>> extends true
        ? Same<R, ReturnType<ServerApi[K]>> extends true
          ? never
          : K
        : K
      : K
    : K;
}[keyof ServerApi];

export const serverApiMatchesMain: [Mismatched] extends [never] ? true : Mismatched = true;
