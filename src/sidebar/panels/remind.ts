// Panel "Nhắc việc": what would be sent today and to whom, "Gửi ngay", and turning the daily
// reminders on or pausing them. Self-contained: its own elements, its own server calls.
import type { ReminderView } from '../../gas/remind/remindApi.ts';
import { callServer } from '../server.ts';
import { el, errorText, setStatus } from '../dom.ts';

const STATUS = 'remind-status';
let current: ReminderView | null = null;

function dm(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

function line(text: string): HTMLLIElement {
  const li = document.createElement('li');
  li.textContent = text;
  return li;
}

function render(v: ReminderView): void {
  current = v;
  const trigger = v.triggerInstalled ? '' : ' (chưa cài lịch gửi tự động cho tài khoản này)';
  const day = v.dayOff !== null ? ` Hôm nay là ngày nghỉ (${v.dayOff}): không gửi.` : '';
  el('remind-info').textContent =
    `Nhắc việc: ${v.stateLabel}${v.state === 'on' ? trigger : ''}. Hôm nay ${dm(v.date)}: ` +
    `${v.emails.length} email${v.sent ? ' đã gửi' : ' sẽ gửi'}, hạn mức còn ${v.quota} người nhận.${day}`;
  el('remind-list').replaceChildren(
    ...v.emails.map((e) =>
      line(
        `${e.unit} → ${e.to.join(', ')}: ${e.items.map((i) => (i.kind === 'report' ? i.title : i.code)).join(', ')}`,
      ),
    ),
    ...v.noEmail.map((n) =>
      line(`${n.unit}: chưa có email trong trang "Đơn vị" (${n.items.length} việc)`),
    ),
    ...(v.leftOut.length > 0
      ? [line(`Hết hạn mức hôm nay, chưa gửi: ${v.leftOut.join(', ')}`)]
      : []),
    ...(v.alreadySent.length > 0
      ? [line(`Đã nhận email hôm nay: ${v.alreadySent.join(', ')}`)]
      : []),
    ...v.notes.map(line),
  );
  el('remind-toggle').textContent = v.state === 'on' ? 'Tạm dừng nhắc việc' : 'Bật nhắc việc';
}

async function load(): Promise<void> {
  try {
    render(await callServer('getReminders'));
  } catch (error) {
    el('remind-info').textContent = errorText(error);
  }
}

async function act(
  busy: string,
  action: () => Promise<ReminderView>,
  done: (v: ReminderView) => string,
) {
  const buttons = document.querySelectorAll<HTMLButtonElement>('#remind button');
  buttons.forEach((b) => (b.disabled = true));
  setStatus(STATUS, 'busy', busy);
  try {
    const v = await action();
    render(v);
    setStatus(STATUS, 'ok', done(v));
  } catch (error) {
    setStatus(STATUS, 'error', errorText(error));
  } finally {
    buttons.forEach((b) => (b.disabled = false));
  }
}

export function mountRemind(): void {
  el('remind-send').addEventListener(
    'click',
    () =>
      void act(
        'Đang gửi email nhắc việc…',
        () => callServer('sendRemindersNow'),
        (v) =>
          v.emails.length > 0
            ? `Đã gửi ${v.emails.length} email: ${v.emails.map((e) => e.unit).join(', ')}.`
            : 'Không có email nào cần gửi thêm hôm nay.',
      ),
  );
  el('remind-toggle').addEventListener('click', () => {
    if (current?.state === 'on')
      void act(
        'Đang tạm dừng…',
        () => callServer('pauseReminders'),
        () => 'Đã tạm dừng nhắc việc.',
      );
    else
      void act(
        'Đang bật nhắc việc…',
        () => callServer('enableReminders'),
        () => 'Đã bật: mỗi sáng khoảng 7 giờ Sáu Rõ gửi email nhắc việc.',
      );
  });
  void load();
}
