// sauro templates: the template ids and their Vietnamese names.
import { allowFlags } from '../args.ts';
import type { Command } from '../command.ts';
import { createRuntime, createWorkbook } from '../../emulator/index.ts';
import { ensureBundle } from '../bundle.ts';
import type { TemplateSummary } from '../../../gas/api.ts';

export const templates: Command = {
  name: 'templates',
  usage: 'sauro templates',
  summary: 'Liệt kê các mẫu bảng / list table templates',
  async run(args, io) {
    allowFlags(args, []);
    const runtime = createRuntime({
      workbook: createWorkbook('templates'),
      bundlePath: await ensureBundle(),
    });
    for (const t of runtime.call<TemplateSummary[]>('getTemplates')) io.out(`${t.id}\t${t.name}`);
  },
};
