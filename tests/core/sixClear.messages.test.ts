// The words of the "6 rõ" check, exactly as the check sheet and its cell notes show them (each
// unclear point with its column), and the per-unit summary for tasks with no lead, a lead written
// twice, and general tasks. Expected texts are hand-written.
import { describe, expect, it } from 'vitest';
import { checkSixClear, summarizeSixClear, type SixClearTask } from '../../src/core/sixClear.ts';
import { defaultUnitDirectory } from '../../src/core/unit/unitDirectory.ts';

const dated = { kind: 'date', raw: 'Năm 2026' };

function check(task: SixClearTask, layout: 'sau-ro' | 'phu-luc' = 'sau-ro') {
  return checkSixClear(task, { layout, directory: defaultUnitDirectory() });
}

describe('the message of each unclear point', () => {
  it('a blank task: blank content, only blank leads, no deadline, a blank output', () => {
    expect(
      check({
        content: ' ',
        lead: ['  ', ''],
        deadline: { kind: 'invalid', raw: '' },
        output: '  ',
      }),
    ).toStrictEqual([
      { point: 'việc', field: 'content', message: 'Chưa rõ việc: nội dung nhiệm vụ trống' },
      { point: 'người', field: 'leadUnit', message: 'Chưa rõ người: chưa có đơn vị chủ trì' },
      { point: 'thời gian', field: 'deadline', message: 'Chưa rõ thời gian: Chưa có thời hạn' },
      {
        point: 'trách nhiệm',
        field: 'leadUnit',
        message: 'Chưa rõ trách nhiệm: chưa có một đơn vị chịu trách nhiệm chính',
      },
      { point: 'sản phẩm', field: 'output', message: 'Chưa rõ sản phẩm: chưa có sản phẩm đầu ra' },
    ]);
  });

  it('a deadline that could not be read says why', () => {
    expect(
      check(
        {
          content: 'Rà soát hồ sơ',
          lead: ['Phòng Kinh tế'],
          deadline: { kind: 'invalid', raw: 'sớm', message: 'Không hiểu thời hạn «sớm»' },
        },
        'phu-luc',
      ),
    ).toStrictEqual([
      {
        point: 'thời gian',
        field: 'deadline',
        message: 'Chưa rõ thời gian: Không hiểu thời hạn «sớm»',
      },
    ]);
  });

  it('leads written only as a catch-all are quoted, joined by "; "', () => {
    expect(
      check(
        {
          content: 'Tuyên truyền',
          lead: ['Các phòng, ban, ngành, đơn vị có liên quan', 'Các đơn vị liên quan'],
          deadline: dated,
        },
        'phu-luc',
      ),
    ).toStrictEqual([
      {
        point: 'người',
        field: 'leadUnit',
        message:
          'Chưa rõ người: «Các phòng, ban, ngành, đơn vị có liên quan; Các đơn vị liên quan» là cách ghi chung, cần ghi một đơn vị cụ thể',
      },
      {
        point: 'trách nhiệm',
        field: 'leadUnit',
        message: 'Chưa rõ trách nhiệm: chưa có một đơn vị chịu trách nhiệm chính',
      },
    ]);
  });

  it('a lead outside the directory is named', () => {
    expect(
      check({ content: 'Việc', lead: ['Sở Khoa học và Công nghệ'], deadline: dated }, 'phu-luc'),
    ).toStrictEqual([
      {
        point: 'thẩm quyền',
        field: 'leadUnit',
        message:
          'Chưa rõ thẩm quyền: «Sở Khoa học và Công nghệ» không có trong danh mục đơn vị của xã',
      },
    ]);
  });
});

describe('the summary per lead unit', () => {
  it('a task with no lead counts under "Chưa có đơn vị chủ trì"; a lead written twice counts once; general tasks are left out', () => {
    const summary = summarizeSixClear([
      {
        task: { content: 'a', lead: [], deadline: dated },
        issues: [
          { point: 'người', field: 'leadUnit', message: '' },
          { point: 'trách nhiệm', field: 'leadUnit', message: '' },
        ],
      },
      {
        task: { content: 'b', lead: ['Phòng Kinh tế', 'Phòng Kinh tế'], deadline: dated },
        issues: [],
      },
      { task: { content: 'c', lead: [], deadline: dated, level: 'general' }, issues: [] },
    ]);
    const none = {
      người: 0,
      việc: 0,
      'thời gian': 0,
      'trách nhiệm': 0,
      'sản phẩm': 0,
      'thẩm quyền': 0,
    };
    expect(summary).toStrictEqual([
      {
        unit: 'Chưa có đơn vị chủ trì',
        tasks: 1,
        clear: 0,
        missing: { ...none, người: 1, 'trách nhiệm': 1 },
      },
      { unit: 'Phòng Kinh tế', tasks: 1, clear: 1, missing: none },
    ]);
  });
});

describe('the messages of the check', () => {
  it('a blank row of the "6 rõ" table: every point but authority, in its column', () => {
    const task: SixClearTask = {
      content: '',
      lead: ['  '],
      deadline: { kind: 'invalid', raw: '' },
    };
    expect(check(task)).toEqual([
      { point: 'việc', field: 'content', message: 'Chưa rõ việc: nội dung nhiệm vụ trống' },
      { point: 'người', field: 'leadUnit', message: 'Chưa rõ người: chưa có đơn vị chủ trì' },
      { point: 'thời gian', field: 'deadline', message: 'Chưa rõ thời gian: Chưa có thời hạn' },
      {
        point: 'trách nhiệm',
        field: 'leadUnit',
        message: 'Chưa rõ trách nhiệm: chưa có một đơn vị chịu trách nhiệm chính',
      },
      { point: 'sản phẩm', field: 'output', message: 'Chưa rõ sản phẩm: chưa có sản phẩm đầu ra' },
    ]);
  });

  it('an output of spaces is no output', () => {
    const task: SixClearTask = {
      content: 'Tổ chức tập huấn',
      lead: ['Phòng Kinh tế'],
      deadline: { kind: 'date', raw: 'Năm 2026' },
      output: '   ',
    };
    expect(check(task).map((i) => i.point)).toEqual(['sản phẩm']);
  });

  it('the deadline’s own reason is shown when it has one', () => {
    const task: SixClearTask = {
      content: 'Tổ chức tập huấn',
      lead: ['Phòng Kinh tế'],
      deadline: {
        kind: 'invalid',
        raw: 'Quý V/2026',
        message: 'Không có quý V: một năm có bốn quý (I–IV)',
      },
      output: 'Lớp tập huấn',
    };
    expect(check(task)).toEqual([
      {
        point: 'thời gian',
        field: 'deadline',
        message: 'Chưa rõ thời gian: Không có quý V: một năm có bốn quý (I–IV)',
      },
    ]);
  });

  it('two catch-alls as leads: both named, and no one accountable', () => {
    const task: SixClearTask = {
      content: 'Tuyên truyền chuyển đổi số',
      lead: ['Các phòng, ban, ngành, đơn vị có liên quan', 'Các trường học trên địa bàn xã'],
      deadline: { kind: 'continuous', raw: 'Thường xuyên' },
      output: 'Tin bài',
    };
    expect(check(task)).toEqual([
      {
        point: 'người',
        field: 'leadUnit',
        message:
          'Chưa rõ người: «Các phòng, ban, ngành, đơn vị có liên quan; Các trường học trên địa bàn xã» là cách ghi chung, cần ghi một đơn vị cụ thể',
      },
      {
        point: 'trách nhiệm',
        field: 'leadUnit',
        message: 'Chưa rõ trách nhiệm: chưa có một đơn vị chịu trách nhiệm chính',
      },
    ]);
  });

  it('a body outside the directory lacks authority; a commune leader’s title does not', () => {
    const base: SixClearTask = {
      content: 'Chỉ đạo triển khai',
      lead: [],
      deadline: { kind: 'date', raw: 'Năm 2026' },
      output: 'Kế hoạch',
    };
    expect(check({ ...base, lead: ['Hội Nông dân xã'] })).toEqual([
      {
        point: 'thẩm quyền',
        field: 'leadUnit',
        message: 'Chưa rõ thẩm quyền: «Hội Nông dân xã» không có trong danh mục đơn vị của xã',
      },
    ]);
    expect(check({ ...base, lead: ['Chủ tịch UBND xã'] })).toEqual([]);
  });
});

describe('the summary per lead unit', () => {
  it('tasks without a lead count under "Chưa có đơn vị chủ trì"; general tasks are left out', () => {
    const noLead: SixClearTask = {
      content: 'Việc chưa giao',
      lead: [],
      deadline: { kind: 'date', raw: 'Năm 2026' },
    };
    const general: SixClearTask = {
      content: 'Hoàn thiện thể chế',
      lead: ['Phòng Kinh tế'],
      deadline: { kind: 'invalid', raw: '' },
      level: 'general',
    };
    const clear: SixClearTask = {
      content: 'Số hóa hồ sơ',
      lead: ['Phòng Kinh tế', 'Phòng Kinh tế'],
      deadline: { kind: 'date', raw: 'Năm 2026' },
    };
    const summary = summarizeSixClear([
      {
        task: noLead,
        issues: [
          { point: 'người', field: 'leadUnit', message: '' },
          { point: 'trách nhiệm', field: 'leadUnit', message: '' },
        ],
      },
      { task: general, issues: [] },
      { task: clear, issues: [] },
    ]);
    expect(summary).toEqual([
      {
        unit: 'Chưa có đơn vị chủ trì',
        tasks: 1,
        clear: 0,
        missing: {
          người: 1,
          việc: 0,
          'thời gian': 0,
          'trách nhiệm': 1,
          'sản phẩm': 0,
          'thẩm quyền': 0,
        },
      },
      {
        unit: 'Phòng Kinh tế',
        tasks: 1,
        clear: 1,
        missing: {
          người: 0,
          việc: 0,
          'thời gian': 0,
          'trách nhiệm': 0,
          'sản phẩm': 0,
          'thẩm quyền': 0,
        },
      },
    ]);
  });
});
