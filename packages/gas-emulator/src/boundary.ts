/**
 * The vm boundary: copies values between realms (Dates and arrays become the context's own),
 * and wraps service objects in Proxies. The proxy is the single place where calls are counted,
 * auth modes are enforced and missing methods report "not implemented".
 */
import { EnumValue, ServiceObject } from './serviceObject.ts';

export interface VmIntrinsics {
  Array: ArrayConstructor;
  Object: ObjectConstructor;
  Date: DateConstructor;
  Error: ErrorConstructor;
}

export interface BoundaryHooks {
  /** Called before every counted service method; may throw to deny the call. */
  beforeCall(cls: string, method: string, counted: boolean): void;
  /** Called after every counted service method with the milliseconds it took (wall, CPU). */
  afterCall?(ms: number, cpuMs: number): void;
}

const OBJECT_PROTO_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype));
// Names probed by runtimes/inspectors that must not look like Apps Script methods.
const NOT_METHODS = new Set([
  'then',
  'toJSON',
  'constructor',
  'inspect',
  'nodeType',
  'asymmetricMatch',
]);

function isDateLike(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

function isPlainObject(v: object): boolean {
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === null || proto === Object.prototype || Object.getPrototypeOf(proto) === null;
}

export class Boundary {
  private readonly proxies = new WeakMap<ServiceObject, object>();
  private readonly targets = new WeakMap<object, ServiceObject>();

  constructor(
    readonly vm: VmIntrinsics,
    private readonly hooks: BoundaryHooks,
  ) {}

  /** Host value → value owned by the vm realm. */
  toVm(v: unknown): unknown {
    if (v === null || typeof v !== 'object') return v;
    if (v instanceof ServiceObject) return this.proxyFor(v);
    if (this.targets.has(v)) return v;
    if (isDateLike(v)) return new this.vm.Date(v.getTime());
    if (Array.isArray(v)) {
      const out = new this.vm.Array<unknown>();
      for (const x of v) out.push(this.toVm(x));
      return out;
    }
    const out = new this.vm.Object() as Record<string, unknown>;
    for (const [k, x] of Object.entries(v)) out[k] = this.toVm(x);
    return out;
  }

  /** vm value → host value (service proxies unwrap to their host objects). */
  fromVm(v: unknown): unknown {
    if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return v;
    if (typeof v === 'function') return v;
    const target = this.targets.get(v);
    if (target) return target;
    if (isDateLike(v)) return new Date(v.getTime());
    if (Array.isArray(v)) return Array.from(v as unknown[], (x) => this.fromVm(x));
    if (!isPlainObject(v)) return v;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = this.fromVm(x);
    return out;
  }

  /** Any thrown value → an Error of the vm realm (so `e instanceof Error` holds in the bundle). */
  toVmError(e: unknown): unknown {
    if (e instanceof this.vm.Error) return e;
    const err = new this.vm.Error(e instanceof Error ? e.message : String(e));
    err.name = 'Exception';
    return err;
  }

  proxyFor(target: ServiceObject): object {
    const cached = this.proxies.get(target);
    if (cached) return cached;
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const boundary = this;
    const cls = target._className;
    const fields = target._fields();
    const methodCache = new Map<string, unknown>();
    const handler: ProxyHandler<ServiceObject> = {
      get(t, prop) {
        if (typeof prop === 'symbol') return undefined;
        if (Object.prototype.hasOwnProperty.call(fields, prop)) return boundary.toVm(fields[prop]);
        const hit = methodCache.get(prop);
        if (hit) return hit;
        const member: unknown = (t as unknown as Record<string, unknown>)[prop];
        let fn: unknown;
        if (
          OBJECT_PROTO_KEYS.has(prop) &&
          member === (Object.prototype as unknown as Record<string, unknown>)[prop]
        ) {
          if (prop === 'toString') fn = () => cls;
          else if (prop === 'valueOf') fn = () => proxy;
          else return undefined;
        } else if (
          typeof member === 'function' &&
          !prop.startsWith('_') &&
          prop !== 'constructor'
        ) {
          fn = boundary.wrapMethod(t, cls, prop, member as (...a: unknown[]) => unknown);
        } else if (/^[a-z][A-Za-z0-9]*$/.test(prop) && !NOT_METHODS.has(prop)) {
          fn = () => {
            throw boundary.toVmError(new Error(`Emulator: ${cls}.${prop} is not implemented`));
          };
        } else return undefined;
        methodCache.set(prop, fn);
        return fn;
      },
      set() {
        return true; // Apps Script objects ignore property assignment
      },
      has(_t, prop) {
        return (
          typeof prop === 'string' &&
          (Object.prototype.hasOwnProperty.call(fields, prop) || prop in target)
        );
      },
      ownKeys() {
        return Object.keys(fields);
      },
      getOwnPropertyDescriptor(_t, prop) {
        if (typeof prop !== 'string' || !Object.prototype.hasOwnProperty.call(fields, prop))
          return undefined;
        return {
          value: boundary.toVm(fields[prop]),
          enumerable: true,
          configurable: true,
          writable: false,
        };
      },
    };
    const proxy = new Proxy(target, handler);
    this.proxies.set(target, proxy);
    this.targets.set(proxy, target);
    return proxy;
  }

  private wrapMethod(
    target: ServiceObject,
    cls: string,
    method: string,
    fn: (...a: unknown[]) => unknown,
  ): (...args: unknown[]) => unknown {
    const counted = target._counted && !(target instanceof EnumValue);
    return (...args: unknown[]) => {
      const started = counted ? performance.now() : 0;
      const cpu = counted ? process.cpuUsage() : undefined;
      try {
        this.hooks.beforeCall(cls, method, counted);
        const hostArgs = args.map((a) => this.fromVm(a));
        return this.toVm(fn.apply(target, hostArgs));
      } catch (e) {
        throw this.toVmError(e);
      } finally {
        if (cpu) {
          const used = process.cpuUsage(cpu);
          this.hooks.afterCall?.(performance.now() - started, (used.user + used.system) / 1000);
        }
      }
    };
  }
}
