/** Service call counts keyed '<Class>.<method>', fed by the boundary proxy. */
export class CallCounter {
  private readonly counts = new Map<string, number>();
  /** Milliseconds spent inside counted calls (the emulator's side of an execution): wall, CPU. */
  ms = 0;
  cpuMs = 0;

  increment(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort(([a], [b]) => a.localeCompare(b)));
  }

  total(): number {
    let n = 0;
    for (const v of this.counts.values()) n += v;
    return n;
  }

  reset(): void {
    this.counts.clear();
    this.ms = 0;
    this.cpuMs = 0;
  }
}
