// Seed 003's "6 rõ" appendix: a general task ("Mã nhiệm vụ tổng quát", no lead of its own) only
// groups the sub-tasks below it. Units report the sub-tasks; the general task is a heading of the
// summary, never handed to the coordinating office as a task of its own.
import { describe, expect, it } from 'vitest';
import { fixtureText } from '../helpers/fixtures.ts';
import { blockRows, LEAD, world } from '../helpers/reportWorkbook.ts';

const PERIOD = { period: '2026-Q2' };

/** Seed 003 imported into "Nhiệm vụ 6 rõ", then distributed for Q2/2026. */
function distributed() {
  const w = world('2026-06-10T09:00');
  w.coordinator.call('importPlanText', {
    text: fixtureText('appendix/seed-003-plan.txt'),
    accept: true,
  });
  w.coordinator.call('distributeReports', PERIOD);
  return w;
}

describe('general tasks of a "6 rõ" plan', () => {
  it('are not handed out: the coordinating office reports only its own sub-tasks', () => {
    const w = distributed();
    const vhxh = w.look.sheetNames().find((n) => n === 'BC 2026-Q2 - Phòng VH-XH') ?? '';
    const codes = [...blockRows(w.look.data(vhxh), LEAD).rows.keys()];
    // Seed 003: the sub-tasks led by Phòng VH-XH, or given to "Các cơ quan, đơn vị có liên quan".
    expect(codes).toEqual(['I.1.a', 'II.1.a', 'II.2.a', 'IV.1.a', 'IV.3.a', 'V.1.a']);
  });

  it('head their sub-tasks in the summary, with their text and no status, and are not counted', () => {
    const w = distributed();
    w.coordinator.call('mergeReports', PERIOD);
    const summary = w.look.data('Tổng hợp 2026-Q2');
    const at = (code: string) => summary.find((r) => r[0] === code) ?? [];
    expect(at('I.1').slice(0, 7)).toEqual([
      'I.1',
      'I',
      'Triển khai Đề án Chuyển đổi số trên địa bàn xã giai đoạn 2025-2030',
      '',
      '',
      '',
      '',
    ]);
    expect(at('I.1.a').slice(0, 4)).toEqual([
      'I.1.a',
      'I',
      'Xây dựng các dự án Chuyển đổi số trên địa bàn xã giai đoạn 2025-2030',
      'Phòng Văn hóa - Xã hội',
    ]);
    // 27 rows of tasks in the appendix, 13 of them general: 14 tasks to report.
    expect(summary.find((r) => r[0] === 'Nhiệm vụ trong Kế hoạch')?.[1]).toBe(14);
  });
});

describe('a numbered task with no lead, whose lettered sub-tasks follow it (Phụ lục I)', () => {
  it('heads them like a general task; one with a lead or a deadline of its own is still a task', () => {
    const w = world('2026-06-10T09:00');
    w.coordinator.call('importPlanText', {
      text: [
        'PHỤ LỤC I',
        'TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành',
        'I\tHạ tầng số\t\t\t',
        '1\tPhủ sóng 4G toàn xã\t\t\t',
        'a)\tKhảo sát vùng lõm sóng\tPhòng Kinh tế\t\tQuý I/2026',
        'b)\tLắp trạm phát sóng\tPhòng Kinh tế\t\tQuý III/2026',
        '2\tLắp camera an ninh\tCông an xã\t\tQuý II/2026',
        'a)\tChọn vị trí lắp đặt\tCông an xã\t\tQuý I/2026',
        '3\tSố hóa hồ sơ\t\t\tNăm 2026',
        'a)\tSố hóa sổ hộ tịch\tCông an xã\t\tQuý I/2026',
      ].join('\n'),
      accept: true,
    });
    w.coordinator.call('distributeReports', PERIOD);
    const sheets = w.look.sheetNames().filter((n) => n.startsWith('BC 2026-Q2'));
    // I.3 has a deadline but no lead: the coordinating office reports it, as for any such task.
    expect(sheets).toEqual([
      'BC 2026-Q2 - Phòng Kinh tế',
      'BC 2026-Q2 - Công an xã',
      'BC 2026-Q2 - Phòng VH-XH',
    ]);
    const codes = (name: string) => [...blockRows(w.look.data(name), LEAD).rows.keys()];
    expect(codes('BC 2026-Q2 - Phòng Kinh tế')).toEqual(['I.1.a', 'I.1.b']);
    expect(codes('BC 2026-Q2 - Công an xã')).toEqual(['I.2', 'I.2.a', 'I.3.a']);
    expect(codes('BC 2026-Q2 - Phòng VH-XH')).toEqual(['I.3']);
    w.coordinator.call('mergeReports', PERIOD);
    const summary = w.look.data('Tổng hợp 2026-Q2');
    expect(summary.find((r) => r[0] === 'I.1')?.slice(0, 4)).toEqual([
      'I.1',
      'I',
      'Phủ sóng 4G toàn xã',
      '',
    ]);
    expect(summary.find((r) => r[0] === 'Nhiệm vụ trong Kế hoạch')?.[1]).toBe(6);
  });
});
