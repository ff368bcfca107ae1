// The runtimes commands act in: an .xlsx loaded into the emulator (saved only on success), or an
// empty scratch workbook for commands that only read text.
import { existsSync, openSync, closeSync, writeSync, readFileSync, unlinkSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { createWorkbook, saveXlsx, workbookFromBuffer, type Runtime } from 'gas-emulator';
import type { RolesView } from '../../gas/api.ts';
import { addonRuntime } from '../addonRuntime.ts';
import { ensureBundle } from './bundle.ts';
import { CliError } from './errors.ts';

export interface WorkbookFileOptions {
  create: boolean;
  save: boolean;
  /** `--as`: the user to act as. Absent: the first coordinator of the workbook. */
  as?: string | undefined;
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
      ...(options.as !== undefined
        ? { user: options.as }
        : workbook.owner !== null
          ? { user: workbook.owner }
          : {}),
      ...(options.now !== undefined ? { now: options.now } : {}),
    });
    if (options.as === undefined) {
      // By default the command acts as the first coordinator (the owner until some are listed).
      const roles = runtime.runFunction<RolesView>('getRoles');
      const first = roles.coordinators[0];
      if (first !== undefined) runtime.setUser(first);
    }
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

/**
 * Is this an .xlsx workbook (a zip holding xl/workbook.xml)? A zip renamed .xlsx, a text file or a
 * picture is not, and is never loaded, changed or replaced.
 */
function notAWorkbook(buffer: Buffer): string | null {
  if (buffer.length < 4 || buffer.readUInt32LE(0) !== 0x04034b50) {
    return buffer.length === 0 ? 'tệp rỗng' : 'không phải tệp nén .xlsx';
  }
  if (!buffer.includes('xl/workbook.xml') || !buffer.includes('[Content_Types].xml')) {
    return 'là tệp nén nhưng không chứa bảng tính (thiếu xl/workbook.xml)';
  }
  return null;
}

async function openWorkbook(path: string, file: string, create: boolean) {
  if (!existsSync(path)) {
    if (create) return createWorkbook(basename(path, extname(path)));
    throw new CliError(`Không tìm thấy tệp "${file}".`, `Workbook "${file}" not found.`);
  }
  let buffer: Buffer;
  try {
    buffer = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'EISDIR'
        ? `"${file}" là thư mục, không phải tệp .xlsx.`
        : `Không đọc được tệp "${file}".`,
      code === 'EISDIR' ? `"${file}" is a directory.` : `Cannot read "${file}".`,
    );
  }
  const why = notAWorkbook(buffer);
  if (why !== null) {
    throw new CliError(
      `Tệp "${file}" không phải bảng tính .xlsx (${why}); Sáu Rõ không đọc, không sửa và không ghi đè lên nó.`,
      `"${file}" is not an .xlsx workbook; it was left untouched.`,
    );
  }
  try {
    return await workbookFromBuffer(buffer, basename(path, extname(path)));
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
