// The editable grid: one emulated sheet drawn by jspreadsheet-ce (values, formats, merges, frozen
// rows and columns, notes, validation dropdowns and checkboxes, cells locked for this user).
// The grid never keeps an edit itself: what the user types is handed to `onEdit`, which sends it
// to the emulator as that user's edit, and the next refresh draws what the emulator kept.
import jspreadsheet from 'jspreadsheet-ce';
import { columnLetter } from '../../../core/sheet/a1.ts';
import { drawCharts } from '../charts.ts';
import type { GridCell, GridSheet } from '../sheetState.ts';

type Worksheet = jspreadsheet.WorksheetInstance;

export interface GridEvents {
  /** The user typed `input` into the cell at `a1` (or cleared it with ''). */
  onEdit(a1: string, input: string): void;
  /** The selection moved (A1 of the range). */
  onSelect(a1: string, cell: GridCell | null): void;
}

const MIN_ROWS = 40;
const EXTRA_ROWS = 20;
const MIN_COLS = 10;
const EXTRA_COLS = 2;
/** Row heights are capped: a cell shows at most five lines, the rest on hover or in the bar. */
const MAX_ROW_PX = 105;
const LONG_TEXT = 60;

export function cellName(x: number, y: number): string {
  return `${columnLetter(x)}${y + 1}`;
}

/** "B12" → [1, 11]; null when it is not a cell. */
export function coords(a1: string): [number, number] | null {
  const m = /^([A-Z]+)(\d+)/.exec(a1);
  if (!m) return null;
  const col = [...(m[1] ?? '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return [col, Number(m[2]) - 1];
}

function parseBox(a1: string): { x: number; y: number; w: number; h: number } | null {
  const [a = '', b] = a1.split(':');
  const start = coords(a);
  const end = b ? coords(b) : start;
  if (!start || !end) return null;
  return { x: start[0], y: start[1], w: end[0] - start[0] + 1, h: end[1] - start[1] + 1 };
}

function styleOf(cell: GridCell): string {
  const parts: string[] = [];
  if (cell.bold) parts.push('font-weight: bold');
  if (cell.italic) parts.push('font-style: italic');
  if (cell.color) parts.push(`color: ${cell.color}`);
  if (cell.bg) parts.push(`background-color: ${cell.bg}`);
  parts.push(`text-align: ${cell.align === 'centre' ? 'center' : (cell.align ?? 'left')}`);
  return parts.join('; ');
}

export class Grid {
  private sheet: GridSheet | null = null;
  private ws: Worksheet | null = null;
  private rows = 0;
  private cols = 0;
  /** Set while jspreadsheet writes back what our editor returned, so it is not sent twice. */
  private committing = false;
  private ready = false;
  private editor: { input: HTMLInputElement | HTMLSelectElement; original: string } | null = null;
  /** The element the current jspreadsheet instance was started on. */
  private holder: HTMLElement | null = null;
  private selection: { x: number; y: number; x2: number; y2: number } = {
    x: 0,
    y: 0,
    x2: 0,
    y2: 0,
  };
  /** A redraw that arrived while the user was typing in a cell waits for the editor to close. */
  private deferred: { sheet: GridSheet; select?: string } | null = null;

  constructor(
    private readonly host: HTMLElement,
    private readonly events: GridEvents,
  ) {
    document.addEventListener('keydown', (e) => this.composing(e), true);
    // Checkboxes toggle with one click, as in Sheets.
    host.addEventListener('click', (e) => {
      const target = e.target as HTMLElement;
      if (!(target instanceof HTMLInputElement) || target.type !== 'checkbox') return;
      const td = target.closest('td');
      const x = Number(td?.dataset.x);
      const y = Number(td?.dataset.y);
      e.preventDefault();
      if (Number.isInteger(x) && Number.isInteger(y))
        this.events.onEdit(cellName(x, y), target.checked ? 'TRUE' : 'FALSE');
    });
  }

  /**
   * An input method (Vietnamese Telex or VNI on some systems) sends its first key as "Process"
   * (keyCode 229), which jspreadsheet ignores: open the editor so the composed letter lands there.
   */
  private composing(e: KeyboardEvent): void {
    if (this.editor || !this.ws || (e.key !== 'Process' && e.keyCode !== 229)) return;
    if (jspreadsheet.current !== this.ws) return;
    const { x, y } = this.selection;
    const td = this.host.querySelector<HTMLTableCellElement>(`td[data-x="${x}"][data-y="${y}"]`);
    if (td) this.ws.openEditor(td, true, e);
  }

  get name(): string | null {
    return this.sheet?.name ?? null;
  }

  cell(x: number, y: number): GridCell | null {
    return this.sheet?.cells[y]?.[x] ?? null;
  }

  private locked(x: number, y: number): boolean {
    const sheet = this.sheet;
    if (!sheet) return true;
    if (sheet.readOnly) return true;
    const row = sheet.cells[y];
    if (row === undefined || x >= row.length) return sheet.outsideLocked;
    return row[x]?.locked === true;
  }

  /** The selected cell (top-left of the selection), its A1 name. */
  get selectedA1(): string {
    return cellName(this.selection.x, this.selection.y);
  }

  selectedCell(): GridCell | null {
    return this.cell(this.selection.x, this.selection.y);
  }

  /** Draws `sheet`, then selects `select` (A1) or the cell selected before on the same sheet. */
  render(sheet: GridSheet, select?: string): void {
    if (this.editor) {
      this.deferred = select === undefined ? { sheet } : { sheet, select };
      return;
    }
    this.deferred = null;
    const same = this.sheet?.name === sheet.name;
    const keep = same ? { ...this.selection } : { x: 0, y: 0, x2: 0, y2: 0 };
    const scroll = same ? { top: this.host.scrollTop, left: this.host.scrollLeft } : null;
    this.destroy();
    this.sheet = sheet;
    const used = sheet.cells.length;
    const width = Math.max(0, ...sheet.cells.map((r) => r.length));
    this.rows = Math.max(used + EXTRA_ROWS, MIN_ROWS, sheet.frozenRows + 1);
    this.cols = Math.max(width + EXTRA_COLS, sheet.columnWidths.length, MIN_COLS);
    const data: string[][] = [];
    const style: Record<string, string> = {};
    const comments: Record<string, string> = {};
    for (let y = 0; y < this.rows; y++) {
      const line: string[] = [];
      for (let x = 0; x < this.cols; x++) {
        const c = sheet.cells[y]?.[x];
        line.push(c?.v ?? '');
        if (!c) continue;
        const name = cellName(x, y);
        style[name] = styleOf(c);
        const note = [c.note, c.error ? `Lỗi: ${c.error}` : ''].filter(Boolean).join('\n');
        if (note) comments[name] = note;
      }
      data.push(line);
    }
    const mergeCells: Record<string, [number, number]> = {};
    for (const m of sheet.merges) {
      const box = parseBox(m);
      if (box) mergeCells[cellName(box.x, box.y)] = [box.w, box.h];
    }
    const rowHeights: Record<number, { height: number }> = {};
    for (const [row, px] of Object.entries(sheet.rowHeights)) {
      rowHeights[Number(row) - 1] = { height: Math.min(px, MAX_ROW_PX) };
    }
    const editor = this.editorType();
    const columns = Array.from({ length: this.cols }, (_, i) => ({
      type: editor,
      width: sheet.columnWidths[i] ?? 100,
      title: columnLetter(i),
    }));
    const holder = document.createElement('div');
    this.host.append(holder);
    this.holder = holder;
    this.ready = false;
    const options: jspreadsheet.SpreadsheetOptions = {
      worksheets: [
        {
          data,
          columns,
          style,
          comments,
          mergeCells,
          rows: rowHeights,
          ...(sheet.frozenColumns ? { freezeColumns: sheet.frozenColumns } : {}),
          allowInsertRow: false,
          allowInsertColumn: false,
          allowDeleteRow: false,
          allowDeleteColumn: false,
          allowRenameColumn: false,
          allowManualInsertRow: false,
          allowManualInsertColumn: false,
          allowComments: false,
          columnSorting: false,
          columnDrag: false,
          rowDrag: false,
          columnResize: true,
          rowResize: false,
          selectionCopy: false,
          defaultColAlign: 'left',
          wordWrap: false,
          textOverflow: true,
          worksheetName: sheet.name,
        },
      ],
      parseFormulas: false,
      contextMenu: () => null,
      onselection: (_ws, x1, y1, x2, y2) => this.selected(x1, y1, x2, y2),
      onbeforechange: (_ws, _cell, x, y, value) =>
        this.beforeChange(Number(x), Number(y), value) as jspreadsheet.CellValue | undefined,
    };
    const [ws] = jspreadsheet(holder as HTMLDivElement, options);
    this.ws = ws ?? null;
    this.decorate(holder);
    // Embedded charts float over the grid at their anchor cells, as in Sheets.
    drawCharts(this.host, sheet.charts ?? []);
    this.ready = true;
    const target = select ? parseBox(select) : null;
    const sel = target
      ? { x: target.x, y: target.y, x2: target.x + target.w - 1, y2: target.y + target.h - 1 }
      : keep;
    this.ws?.updateSelectionFromCoords(sel.x, sel.y, sel.x2, sel.y2);
    this.selected(sel.x, sel.y, sel.x2, sel.y2);
    if (scroll && !target) {
      this.host.scrollTop = scroll.top;
      this.host.scrollLeft = scroll.left;
    } else this.reveal(sel.x, sel.y);
  }

  /** Scrolls the cell into view below the frozen rows. */
  reveal(x: number, y: number): void {
    const td = this.host.querySelector<HTMLElement>(`td[data-x="${x}"][data-y="${y}"]`);
    if (!td) return;
    if (y < (this.sheet?.frozenRows ?? 0) + 2) this.host.scrollTop = 0;
    td.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const frozen = this.host.querySelectorAll<HTMLElement>('td.frozen-last');
    const last = frozen[0];
    if (last) {
      const gap = last.getBoundingClientRect().bottom - td.getBoundingClientRect().top;
      if (gap > 0) this.host.scrollTop -= gap + 4;
    }
  }

  /** Selects a cell or range given in A1 notation. */
  select(a1: string): void {
    const box = parseBox(a1);
    if (!box || !this.ws) return;
    this.ws.updateSelectionFromCoords(box.x, box.y, box.x + box.w - 1, box.y + box.h - 1);
    this.reveal(box.x, box.y);
  }

  destroy(): void {
    // The element jspreadsheet was started on (it holds `.spreadsheet`): destroying any inner
    // element is a no-op that leaves the old instance registered and its tab bar in the page.
    const holder = this.holder;
    if (holder) {
      jspreadsheet.destroy(holder as unknown as jspreadsheet.JspreadsheetInstanceElement, false);
      holder.remove();
    }
    this.holder = null;
    this.ws = null;
    this.editor = null;
  }

  private selected(x1: number, y1: number, x2: number, y2: number): void {
    const x = Math.min(x1, x2);
    const y = Math.min(y1, y2);
    this.selection = { x, y, x2: Math.max(x1, x2), y2: Math.max(y1, y2) };
    const a1 =
      x1 === x2 && y1 === y2
        ? cellName(x, y)
        : `${cellName(x, y)}:${cellName(this.selection.x2, this.selection.y2)}`;
    this.events.onSelect(a1, this.cell(x, y));
  }

  /** Delete, paste and fill change cells without our editor: send those as edits too. */
  private beforeChange(x: number, y: number, value: unknown): string | undefined {
    if (this.committing || !this.ready) return undefined;
    const old = this.cell(x, y)?.v ?? '';
    const text = value === null || value === undefined ? '' : String(value);
    if (text !== old) this.events.onEdit(cellName(x, y), text);
    return old;
  }

  /** Role, name and look of one cell, from what the emulator said about it. */
  private paint(td: HTMLTableCellElement, x: number, y: number): void {
    const c = this.cell(x, y);
    const text = c?.v ?? '';
    const locked = this.locked(x, y);
    td.setAttribute('role', 'gridcell');
    td.dataset.cell = cellName(x, y);
    td.setAttribute('aria-readonly', locked ? 'true' : 'false');
    td.classList.toggle('locked', locked);
    td.classList.toggle('wrap', c?.wrap === true);
    td.classList.toggle('error', c?.error !== undefined);
    const list = c?.validation?.list !== undefined;
    const checkbox = c?.validation?.criteria === 'CHECKBOX';
    td.classList.toggle('list', list && !checkbox);
    td.classList.toggle('cb', checkbox);
    td.replaceChildren();
    if (checkbox) {
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.checked = /^true$/i.test(c?.input ?? text);
      box.disabled = locked;
      box.setAttribute('aria-label', `Ô ${cellName(x, y)}`);
      td.append(box);
      return;
    }
    if (text === '') return;
    const clip = document.createElement('div');
    clip.className = 'clip';
    clip.textContent = text;
    td.append(clip);
    const long = text.length > LONG_TEXT || text.includes('\n');
    // The full text on hover; the note (if any) is jspreadsheet's comment title.
    if (long && !c?.note) td.title = text;
    if (c?.validation?.helpText && !c.note) td.title = c.validation.helpText;
  }

  private editorType(): jspreadsheet.CustomEditor {
    return {
      createCell: (td, _v, x, y) => {
        this.paint(td, x, y);
        return td;
      },
      updateCell: (td, value, x, y) => {
        this.paint(td, x, y);
        return value;
      },
      openEditor: (td, _v, x, y, ws, _o, e) => this.openEditor(td, x, y, ws, e),
      closeEditor: (td, save, x, y) => this.closeEditor(td, save, x, y),
    };
  }

  private openEditor(
    td: HTMLTableCellElement,
    x: number,
    y: number,
    ws: Worksheet,
    e: Event | undefined,
  ): void {
    const c = this.cell(x, y);
    if (c?.validation?.criteria === 'CHECKBOX') {
      // Space or Enter on a checkbox toggles it.
      this.events.onEdit(cellName(x, y), /^true$/i.test(c.input ?? c.v) ? 'FALSE' : 'TRUE');
      setTimeout(() => ws.closeEditor(td, false));
      return;
    }
    const original = c?.input ?? c?.v ?? '';
    const typing = e?.type === 'keydown';
    let input: HTMLInputElement | HTMLSelectElement;
    const list = c?.validation?.list;
    if (list && !typing) {
      const select = document.createElement('select');
      for (const option of ['', ...list.filter((o) => o !== '')]) {
        const o = document.createElement('option');
        o.value = option;
        o.textContent = option === '' ? '—' : option;
        select.append(o);
      }
      select.value = list.includes(original) ? original : '';
      select.addEventListener('change', () => ws.closeEditor(td, true));
      input = select;
    } else {
      const text = document.createElement('input');
      text.value = typing ? '' : original;
      if (list) {
        const id = `list-${x}-${y}`;
        const datalist = document.createElement('datalist');
        datalist.id = id;
        for (const option of list) datalist.append(new Option(option));
        td.append(datalist);
        text.setAttribute('list', id);
      }
      input = text;
    }
    input.className = 'cell-editor';
    input.setAttribute('aria-label', `Sửa ô ${cellName(x, y)}`);
    input.addEventListener('keydown', (ev) => {
      const k = ev as KeyboardEvent;
      if (k.key === 'Enter' || k.key === 'Tab') {
        k.preventDefault();
        ws.closeEditor(td, true);
        if (k.key === 'Enter') ws.down();
        else ws.right();
      } else if (k.key === 'Escape') ws.closeEditor(td, false);
      k.stopPropagation();
    });
    input.addEventListener('blur', () => {
      if (this.editor?.input === input) ws.closeEditor(td, true);
    });
    const datalist = td.querySelector('datalist');
    td.replaceChildren(input);
    if (datalist) td.append(datalist);

    this.editor = { input, original };
    input.focus();
  }

  private closeEditor(td: HTMLTableCellElement, save: boolean, x: number, y: number): string {
    const editor = this.editor;
    this.editor = null;
    const shown = this.cell(x, y)?.v ?? '';
    if (editor && save && editor.input.value !== editor.original)
      this.events.onEdit(cellName(x, y), editor.input.value);
    this.committing = true;
    setTimeout(() => {
      this.committing = false;
      this.paint(td, x, y);
      const later = this.deferred;
      if (later && !this.editor) this.render(later.sheet, later.select);
    });
    return shown;
  }

  /** ARIA roles for the table and headers, and sticky frozen rows. */
  private decorate(holder: HTMLElement): void {
    const table = holder.querySelector('table');
    if (!table || !this.sheet) return;
    table.setAttribute('role', 'grid');
    table.setAttribute('aria-label', this.sheet.name);
    table.setAttribute('aria-rowcount', String(this.rows));
    table.dataset.sheet = this.sheet.name;
    table.querySelectorAll('tr').forEach((tr) => tr.setAttribute('role', 'row'));
    table.querySelectorAll('thead td').forEach((td, i) => {
      td.setAttribute('role', i === 0 ? 'presentation' : 'columnheader');
    });
    table
      .querySelectorAll('tbody td.jss_row')
      .forEach((td) => td.setAttribute('role', 'rowheader'));
    table.querySelector('colgroup col')?.setAttribute('width', '46');
    // Text cut by the row-height cap gets a fade at the bottom; the whole text is in the bar.
    holder.querySelectorAll<HTMLElement>('td.wrap .clip').forEach((clip) => {
      if (clip.scrollHeight > clip.clientHeight + 1) clip.parentElement?.classList.add('clipped');
    });
    const frozen = this.sheet.frozenRows;
    if (frozen > 0) {
      const head = table.querySelector('thead tr') as HTMLElement | null;
      let top = head?.getBoundingClientRect().height ?? 24;
      const rows = table.querySelectorAll<HTMLTableRowElement>('tbody tr');
      for (let r = 0; r < frozen && r < rows.length; r++) {
        const tr = rows[r];
        if (!tr) continue;
        const h = tr.getBoundingClientRect().height;
        tr.querySelectorAll<HTMLElement>('td').forEach((td) => {
          td.classList.add('frozen');
          if (r === frozen - 1) td.classList.add('frozen-last');
          td.style.top = `${top}px`;
          if (!td.style.backgroundColor && !td.classList.contains('jss_row'))
            td.style.backgroundColor = '#fff';
        });
        top += h;
      }
    }
  }
}
