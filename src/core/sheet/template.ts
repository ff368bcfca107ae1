// Table layouts (templates/*.json) as data, with their schema.
import * as z from 'zod/mini';

/** A formula argument written as is: a call without arguments ("TODAY()"), not a column key. */
export function isFormulaLiteral(arg: string): boolean {
  return /^[A-Z][A-Z_]*\(\)$/.test(arg);
}

let schema: ReturnType<typeof buildTemplateSchema> | undefined;

/** The schema of templates/*.json, built on first use: nothing runs when the bundle starts. */
export function templateSchema(): ReturnType<typeof buildTemplateSchema> {
  schema ??= buildTemplateSchema();
  return schema;
}

function buildTemplateSchema() {
  const column = z.object({
    /** Stable name in code (glossary), used to match columns whatever their header. */
    key: z.string().check(z.regex(/^[a-z][A-Za-z]*$/)),
    /** The heading written in the sheet. */
    header: z.string().check(z.minLength(1)),
    /** Other headings that mean this column (matched as headerMatch.ts says). */
    aliases: z.optional(z.array(z.string())),
    /** Width in pixels. */
    width: z.number().check(z.int(), z.positive()),
    /** The column is one of the seed's own headings. */
    seed: z.optional(z.boolean()),
    /** The column is the stable key. */
    role: z.optional(z.literal('key')),
    /** A unit types into this column; everything else is read-only for units. */
    input: z.optional(z.boolean()),
    validation: z.optional(z.enum(['unit', 'units', 'status', 'progress', 'kpiStatus'])),
    /**
     * The column is one array formula in its first data row, e.g. KPI_STATUS over two columns.
     * An argument is a column key (its data rows) or a no-argument call such as "TODAY()".
     */
    formula: z.optional(
      z.object({
        fn: z.string().check(z.regex(/^[A-Z][A-Z_]*$/)),
        args: z.array(z.string()).check(z.minLength(1)),
      }),
    ),
    align: z.optional(z.enum(['left', 'center', 'right'])),
    /** Number format of the data cells, e.g. "dd/MM/yyyy" for a date column. */
    numberFormat: z.optional(z.string().check(z.minLength(1))),
  });

  const template = z
    .object({
      id: z.string().check(z.regex(/^[a-z][a-z-]*$/)),
      name: z.string().check(z.minLength(1)),
      description: z.string().check(z.minLength(1)),
      source: z.string(),
      kind: z.enum(['tasks', 'kpis']),
      sheetName: z.string().check(z.minLength(1), z.maxLength(90)),
      title: z.string().check(z.minLength(1)),
      columns: z.array(column).check(z.minLength(2)),
    })
    .check(
      z.refine((t) => t.columns.filter((c) => c.role === 'key').length === 1, {
        message: 'a template has exactly one key column',
      }),
      z.refine((t) => new Set(t.columns.map((c) => c.key)).size === t.columns.length, {
        message: 'column keys are unique',
      }),
      z.refine(
        (t) =>
          t.columns.every(
            (c) =>
              !c.formula ||
              c.formula.args.every(
                (a) => isFormulaLiteral(a) || t.columns.some((o) => o.key === a),
              ),
          ),
        { message: 'formula arguments name columns of the template (or are calls like TODAY())' },
      ),
    );
  return template;
}

export type Template = z.infer<ReturnType<typeof templateSchema>>;
export type TemplateColumn = Template['columns'][number];
export type ColumnValidation = NonNullable<TemplateColumn['validation']>;

/** Rows of the scaffolded sheet: title rows first, then the header. Data starts below it. */
export const TABLE_LAYOUT = {
  titleRow: 1,
  planRow: 2,
  communeRow: 3,
  headerRow: 4,
  firstDataRow: 5,
} as const;
