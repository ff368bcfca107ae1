// The text file named by --text, for the commands that read plan prose. A file that is not text
// (a picture, a .docx, a PDF) is refused with the reason, never read as garbage.
import { readFileSync } from 'node:fs';
import { requireFlag, type ParsedArgs } from './args.ts';
import { CliError } from './errors.ts';

/** Does the buffer look like text: valid UTF-8 without NUL or other binary control bytes? */
function isText(buffer: Buffer): boolean {
  if (buffer.includes(0)) return false;
  let control = 0;
  for (const b of buffer.subarray(0, 65536)) {
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  if (control > 0) return false;
  return !new TextDecoder('utf-8', { fatal: false }).decode(buffer).includes('\uFFFD');
}

export function readTextFlag(args: ParsedArgs): { file: string; text: string } {
  const file = requireFlag(args, 'text', 'tệp.txt', 'file.txt');
  let buffer: Buffer;
  try {
    buffer = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new CliError(`Không tìm thấy tệp văn bản "${file}".`, `Text file "${file}" not found.`);
    if (code === 'EISDIR')
      throw new CliError(
        `"${file}" là thư mục, không phải tệp văn bản.`,
        `"${file}" is a directory.`,
      );
    throw new CliError(`Không đọc được tệp văn bản "${file}".`, `Cannot read text file "${file}".`);
  }
  if (!isText(buffer)) {
    throw new CliError(
      `Tệp "${file}" không phải văn bản thuần (có thể là ảnh, PDF hoặc tệp Word). Hãy sao chép nội dung kế hoạch vào một tệp .txt (UTF-8) rồi chạy lại.`,
      `"${file}" is not a plain text file (an image, a PDF or a Word file?). Save the plan's text as UTF-8 .txt.`,
    );
  }
  return { file, text: buffer.toString('utf8').replace(/^\uFEFF/, '') };
}
