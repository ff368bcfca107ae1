/**
 * LockService. JS here is single-threaded, so a lock held by another execution can never be
 * released while we wait: tryLock/waitLock fail fast instead of sleeping (see the README).
 */
import type { Env } from '../environment.ts';
import { LockState } from '../lockState.ts';
import { ServiceObject } from '../serviceObject.ts';

const scriptLocks = new Map<string, LockState>();
const userLocks = new Map<string, LockState>();

function slot(map: Map<string, LockState>, key: string): LockState {
  let s = map.get(key);
  if (!s) {
    s = new LockState();
    map.set(key, s);
  }
  return s;
}

const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

export class LockImpl extends ServiceObject {
  readonly _className = 'Lock';
  constructor(
    private readonly env: Env,
    private readonly state: LockState,
  ) {
    super();
  }

  private acquire(): boolean {
    const exec = this.env.execution;
    if (!exec) throw new Error('Emulator: locks need an execution (use runtime.call)');
    if (this.state.holder && this.state.holder !== exec) return false;
    this.state.holder = exec;
    let held = this.env.heldLocks.get(exec);
    if (!held) {
      held = new Set();
      this.env.heldLocks.set(exec, held);
    }
    held.add(this.state);
    return true;
  }

  tryLock(_timeoutMs: unknown): boolean {
    return this.acquire();
  }
  waitLock(_timeoutMs: unknown): void {
    if (!this.acquire()) throw new Error(LOCK_TIMEOUT_MESSAGE);
  }
  releaseLock(): void {
    if (this.state.holder === this.env.execution) this.state.holder = null;
  }
  hasLock(): boolean {
    return this.state.holder !== null && this.state.holder === this.env.execution;
  }
}

export class LockServiceImpl extends ServiceObject {
  readonly _className = 'LockService';
  constructor(private readonly env: Env) {
    super();
  }
  getDocumentLock(): LockImpl {
    return new LockImpl(this.env, this.env.workbook.documentLock);
  }
  getScriptLock(): LockImpl {
    return new LockImpl(this.env, slot(scriptLocks, this.env.scriptKey));
  }
  getUserLock(): LockImpl {
    return new LockImpl(this.env, slot(userLocks, `${this.env.scriptKey}\u0000${this.env.user}`));
  }
}
