// The table layouts in templates/*.json: the three shipped ones are valid, and each rule the
// build checks refuses a broken layout at the field it is about. Volatile calls are never a
// custom-function argument.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { callsVolatile, isFormulaLiteral, TABLE_LAYOUT } from '../../src/core/sheet/template.ts';

/**
 * The schema, built afresh: template.ts builds it once and keeps it, so a test that reused a
 * schema built by another would not see a change to the rules (mutation testing makes them).
 */
async function templateSchema() {
  vi.resetModules();
  const { templateSchema: build } = await import('../../src/core/sheet/template.ts');
  return build();
}

const shipped = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../templates/${name}.json`, import.meta.url), 'utf8'));

/** A small valid layout: a key column and a content column. */
function layout(): Record<string, unknown> & { columns: Array<Record<string, unknown>> } {
  return {
    id: 'thu-nghiem',
    name: 'Thử nghiệm',
    description: 'Bảng thử',
    source: '',
    kind: 'tasks',
    sheetName: 'Kế hoạch',
    title: 'KẾ HOẠCH',
    columns: [
      { key: 'code', header: 'Mã', width: 70, role: 'key' },
      { key: 'content', header: 'Nội dung', width: 360 },
    ],
  };
}

/** Where the schema refuses a layout, and why: "path: message" per problem. */
async function problems(data: unknown): Promise<string[]> {
  const r = (await templateSchema()).safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('the shipped templates', () => {
  it.each(['phu-luc', 'sau-ro', 'chi-tieu'])('%s is valid', async (name) => {
    expect(await problems(shipped(name))).toStrictEqual([]);
  });

  it('the KPI table reads its status from its target and its result', async () => {
    const r = (await templateSchema()).parse(shipped('chi-tieu'));
    expect(r.kind).toBe('kpis');
    expect(r.columns.find((c) => c.key === 'kpiStatus')?.formula).toStrictEqual({
      fn: 'KPI_STATUS',
      args: ['target', 'actual'],
    });
  });
});

describe('a broken layout is refused at its field', () => {
  it('the small layout is valid, with every optional field', async () => {
    const t = layout();
    t.columns.push({
      key: 'dueDate',
      header: 'Hạn',
      width: 90,
      aliases: ['thời hạn'],
      seed: false,
      input: true,
      validation: 'status',
      formula: { fn: 'DEADLINE_DATE', args: ['content', 'SAURO_REPORT_DATE'] },
      align: 'center',
      numberFormat: 'dd/MM/yyyy',
    });
    expect(await problems(t)).toStrictEqual([]);
  });

  it('no key column, or two', async () => {
    const none = layout();
    none.columns[0] = { key: 'code', header: 'Mã', width: 70 };
    expect(await problems(none)).toStrictEqual([': a template has exactly one key column']);
    const two = layout();
    two.columns[1] = { key: 'content', header: 'Nội dung', width: 360, role: 'key' };
    expect(await problems(two)).toStrictEqual([': a template has exactly one key column']);
  });

  it('two columns with one key', async () => {
    const t = layout();
    t.columns[1] = { key: 'code', header: 'Mã 2', width: 70 };
    expect(await problems(t)).toStrictEqual([': column keys are unique']);
  });

  it('a formula argument that names no column, or TODAY()', async () => {
    const message =
      ': formula arguments name columns of the template, or SAURO_REPORT_DATE (never TODAY() or another volatile call)';
    for (const arg of ['deadline', 'TODAY()']) {
      const t = layout();
      t.columns[1] = { ...t.columns[1], formula: { fn: 'DEADLINE_DATE', args: ['code', arg] } };
      expect(await problems(t)).toStrictEqual([message]);
    }
  });

  it.each([
    ['id', 'Thu-nghiem'],
    ['id', 'thu_nghiem'],
    ['id', '-thu'],
    ['name', ''],
    ['description', ''],
    ['kind', 'reports'],
    ['sheetName', ''],
    ['sheetName', 'x'.repeat(91)],
    ['title', ''],
  ])('%s = %j', async (field, value) => {
    const t = { ...layout(), [field]: value };
    expect((await problems(t)).map((p) => p.split(':')[0])).toStrictEqual([field]);
  });

  it('a sheet name of 90 characters is allowed', async () => {
    expect(await problems({ ...layout(), sheetName: 'x'.repeat(90) })).toStrictEqual([]);
  });

  it('one column is not a table', async () => {
    const t = layout();
    t.columns.pop();
    expect((await problems(t)).map((p) => p.split(':')[0])).toStrictEqual(['columns']);
  });

  it.each([
    ['key', 'Code'],
    ['key', 'due_date'],
    ['key', '1code'],
    ['header', ''],
    ['width', 0],
    ['width', 70.5],
    ['role', 'main'],
    ['validation', 'email'],
    ['align', 'justify'],
    ['numberFormat', ''],
    ['formula', { fn: 'deadline_date', args: ['code'] }],
    ['formula', { fn: '_X', args: ['code'] }],
    ['formula', { fn: 'DEADLINE_date', args: ['code'] }],
    ['formula', { fn: 'DEADLINE_DATE', args: [] }],
  ])('a column with %s = %j', async (field, value) => {
    const t = layout();
    t.columns[1] = { ...t.columns[1], [field]: value };
    expect(
      (await problems(t)).map((p) => (p.split(':')[0] ?? '').split('.').slice(0, 3).join('.')),
    ).toStrictEqual([`columns.1.${field}`]);
  });

  it.each([
    ['align', 'left'],
    ['align', 'right'],
    ['validation', 'kpiStatus'],
    ['validation', 'units'],
  ])('a column with %s = %j is valid', async (field, value) => {
    const t = layout();
    t.columns[1] = { ...t.columns[1], [field]: value };
    expect(await problems(t)).toStrictEqual([]);
  });

  it('a column key may have capitals after its first letter', async () => {
    const t = layout();
    t.columns[1] = { ...t.columns[1], key: 'leadUnit' };
    expect(await problems(t)).toStrictEqual([]);
  });
});

describe('the report date instead of TODAY()', () => {
  it('SAURO_REPORT_DATE is the one literal argument', () => {
    expect(isFormulaLiteral('SAURO_REPORT_DATE')).toBe(true);
    expect(isFormulaLiteral('deadline')).toBe(false);
  });

  it.each([
    ['=TODAY()', true],
    ['=DEADLINE_DATE(H5:H, today ())', true],
    ['=NOW()-1', true],
    ['=RAND()', true],
    ['=RANDBETWEEN(1, 9)', true],
    ['=DEADLINE_DATE(H5:H, SAURO_REPORT_DATE)', false],
    ['=MYTODAY()', false],
    ['=X.NOW()', false],
    ['=NOWHERE(1)', false],
    ['TODAY', false],
  ])('%s calls a volatile function: %s', (formula, volatile) => {
    expect(callsVolatile(formula)).toBe(volatile);
  });

  it('data starts in row 5, under the header in row 4', () => {
    expect(TABLE_LAYOUT).toStrictEqual({
      titleRow: 1,
      planRow: 2,
      communeRow: 3,
      headerRow: 4,
      firstDataRow: 5,
    });
  });
});
