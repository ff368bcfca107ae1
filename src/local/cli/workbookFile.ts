// The runtimes commands act in: an .xlsx loaded into the emulator (saved only on success), or an
// empty scratch workbook for commands that only read text.
import { existsSync, openSync, closeSync, writeSync, readFileSync, unlinkSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { createWorkbook, loadXlsx, saveXlsx, type Runtime } from 'gas-emulator';
import { addonRuntime } from '../addonRuntime.ts';
import { ensureBundle } from './bundle.ts';
import { CliError } from './errors.ts';

export interface WorkbookFileOptions {
  create: boolean;
  save: boolean;
  user?: string;
  /** The emulated clock (e.g. `sauro remind --date`); default the real one. */
  now?: () => Date;
}

export async function withWorkbookFile<T>(
  file: string,
  options: WorkbookFileOptions,
  action: (runtime: Runtime) => T,
): Promise<T> {
  const path = resolve(file);
  if (extname(path).toLowerCase() !== '.xlsx') {
    throw new CliError(
      `Tệp "${file}" phải có đuôi .xlsx.`,
      `The workbook "${file}" must be an .xlsx file.`,
    );
  }
  const bundlePath = await ensureBundle();
  const release = acquireFileLock(path);
  try {
    const workbook = await openWorkbook(path, file, options.create);
    const runtime = addonRuntime({
      workbook,
      bundlePath,
      ...(options.user !== undefined ? { user: options.user } : {}),
      ...(options.now !== undefined ? { now: options.now } : {}),
    });
    const result = action(runtime);
    if (options.save) await saveXlsx(workbook, path);
    return result;
  } finally {
    release();
  }
}

/** A runtime over an empty workbook, for commands that read text and change no file. */
export async function scratchRuntime(): Promise<Runtime> {
  return addonRuntime({ workbook: createWorkbook('sauro'), bundlePath: await ensureBundle() });
}

async function openWorkbook(path: string, file: string, create: boolean) {
  if (!existsSync(path)) {
    if (create) return createWorkbook(basename(path, extname(path)));
    throw new CliError(`Không tìm thấy tệp "${file}".`, `Workbook "${file}" not found.`);
  }
  try {
    return await loadXlsx(path);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new CliError(
      `Không đọc được "${file}": tệp không phải bảng tính .xlsx hợp lệ (${why}).`,
      `Cannot read "${file}": not a valid .xlsx workbook (${why}).`,
    );
  }
}

/** Two CLI runs on one file must not interleave load → change → save. */
function acquireFileLock(path: string): () => void {
  const lockPath = path + '.sauro-lock';
  const deadline = Date.now() + 30_000;
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        try {
          unlinkSync(lockPath);
        } catch {
          // Already gone: nothing to release.
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (isStale(lockPath)) {
        try {
          unlinkSync(lockPath);
        } catch {
          // Another process removed it first.
        }
        continue;
      }
      if (Date.now() > deadline) {
        throw new CliError(
          `Tệp "${path}" đang được một lệnh khác sử dụng. Thử lại sau.`,
          `"${path}" is in use by another command. Try again later.`,
        );
      }
      Atomics.wait(sleeper, 0, 0, 100);
    }
  }
}

function isStale(lockPath: string): boolean {
  try {
    const pid = Number(readFileSync(lockPath, 'utf8'));
    if (!Number.isInteger(pid) || pid <= 0) return true;
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
