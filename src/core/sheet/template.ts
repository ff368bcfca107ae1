// Table layouts (templates/*.json) as data, with their schema.
import * as z from 'zod/mini';

/**
 * The named cell "Ngày báo cáo" (report date) in the settings sheet. The add-on writes today into
 * it when the file opens, when it distributes and when it merges; formulas that need a day read
 * it, since a custom function may not take TODAY() or NOW() (Sheets caches its result by argument).
 */
export const REPORT_DATE_NAME = 'SAURO_REPORT_DATE';

/** Functions whose value changes without their inputs changing: never a custom-function argument. */
export const VOLATILE_FUNCTIONS = ['NOW', 'TODAY', 'RAND', 'RANDBETWEEN'] as const;

/** A formula argument written as is: a named range the add-on keeps, not a column key. */
export function isFormulaLiteral(arg: string): boolean {
  return arg === REPORT_DATE_NAME;
}

/** Does formula text call a volatile function (NOW, TODAY, RAND, RANDBETWEEN)? */
export function callsVolatile(formula: string): boolean {
  return new RegExp(`(?<![A-Za-z0-9_.])(${VOLATILE_FUNCTIONS.join('|')})\\s*\\(`, 'i').test(
    formula,
  );
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
     * An argument is a column key (its data rows) or SAURO_REPORT_DATE (the report date cell).
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
        {
          message:
            'formula arguments name columns of the template, or SAURO_REPORT_DATE (never TODAY() or another volatile call)',
        },
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
