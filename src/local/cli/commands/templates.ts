// sauro templates: the template ids and their Vietnamese names.
import { allowFlags } from '../args.ts';
import type { Command } from '../command.ts';
import { scratchRuntime } from '../workbookFile.ts';
import type { TemplateSummary } from '../../../gas/api.ts';

export const templates: Command = {
  name: 'templates',
  usage: 'sauro templates',
  summary: 'Liệt kê các mẫu bảng / list table templates',
  async run(args, io) {
    allowFlags(args, []);
    for (const t of (await scratchRuntime()).runFunction<TemplateSummary[]>('getTemplates'))
      io.out(`${t.id}\t${t.name}`);
  },
};
