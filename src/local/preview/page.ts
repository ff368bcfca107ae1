// The preview page: a header (who you are, the menus), a formula bar, the grid, the tab bar, the
// sidebar iframe, and a layer for Sheets' dialogs and toasts. The script (client/main.ts) fills it.

const esc = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

const STYLE = `
  * { box-sizing: border-box; }
  body { margin: 0; font: 13px Roboto, Arial, sans-serif; color: #202124; display: flex; flex-direction: column; height: 100vh; overflow: hidden; }
  button { font: inherit; }
  #topbar { display: flex; flex-direction: column; gap: 2px; padding: 6px 12px 0; background: #f9fbfd; border-bottom: 1px solid #dadce0; }
  #titlerow { display: flex; align-items: center; gap: 12px; min-width: 0; }
  #titlerow h1 { font-size: 17px; margin: 0; font-weight: 400; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  .badge { font-size: 11px; background: #e8f0fe; color: #1967d2; border-radius: 8px; padding: 1px 8px; white-space: nowrap; }
  #who { margin-left: auto; display: flex; align-items: center; gap: 10px; white-space: nowrap; }
  #who select { max-width: 340px; font: inherit; padding: 3px 4px; }
  #download { white-space: nowrap; }
  #outbox { position: relative; white-space: nowrap; }
  #outbox summary { cursor: pointer; }
  #outbox ol { position: absolute; right: 0; z-index: 35; width: 480px; max-height: 60vh; overflow: auto; margin: 4px 0 0; padding: 8px 8px 8px 28px; background: #fff; border: 1px solid #dadce0; box-shadow: 0 2px 6px rgba(0,0,0,.2); white-space: normal; }
  #outbox li { margin-bottom: 8px; }
  #outbox pre { white-space: pre-wrap; font: 12px Roboto, Arial, sans-serif; margin: 4px 0 0; color: #5f6368; }
  #menus { display: flex; gap: 2px; position: relative; }
  .menu { position: relative; }
  .menu > button { background: none; border: 0; padding: 4px 8px; border-radius: 4px; cursor: pointer; }
  .menu > button:hover, .menu.open > button { background: #e8eaed; }
  .menu ul { display: none; position: absolute; z-index: 30; list-style: none; margin: 0; padding: 6px 0; background: #fff; border: 1px solid #dadce0; box-shadow: 0 2px 6px rgba(0,0,0,.2); min-width: 240px; }
  .menu.open ul { display: block; }
  .menu li.group { padding: 6px 16px 2px; color: #5f6368; font-size: 12px; }
  .menu li.empty { padding: 6px 16px; color: #80868b; }
  .menu li button { display: block; width: 100%; text-align: left; background: none; border: 0; padding: 6px 16px 6px 24px; cursor: pointer; }
  .menu li button:hover { background: #f1f3f4; }
  .menu hr { border: 0; border-top: 1px solid #e0e0e0; margin: 4px 0; }
  #formula { display: flex; align-items: stretch; border-bottom: 1px solid #dadce0; background: #fff; min-height: 28px; }
  #cell-name { width: 90px; padding: 5px 8px; border-right: 1px solid #dadce0; color: #3c4043; font-family: monospace; }
  #fx { padding: 5px 8px; color: #80868b; font-style: italic; border-right: 1px solid #dadce0; }
  #formula-input { flex: 1; border: 0; resize: none; font: 13px Roboto, Arial, sans-serif; padding: 5px 8px; max-height: 9.5em; overflow: auto; outline: none; }
  #formula-input[readonly] { color: #5f6368; }
  #body { flex: 1; display: flex; min-height: 0; }
  #sheet { flex: 1; display: flex; flex-direction: column; min-width: 0; }
  #grid { flex: 1; overflow: auto; position: relative; }
  #running { position: absolute; top: 8px; left: 50%; transform: translateX(-50%); background: #323232; color: #fff; padding: 6px 14px; border-radius: 4px; z-index: 40; display: none; }
  #tabbar { display: flex; align-items: stretch; height: 38px; flex: 0 0 38px; border-top: 1px solid #dadce0; background: #f8f9fa; position: relative; }
  #tabbar > button { flex: 0 0 auto; border: 0; background: none; padding: 0 10px; cursor: pointer; color: #5f6368; font-size: 15px; }
  #tabbar > button:hover { background: #e8eaed; }
  #tabs { flex: 1 1 auto; display: flex; flex-wrap: nowrap; overflow-x: auto; overflow-y: hidden; white-space: nowrap; scrollbar-width: none; min-width: 0; }
  #tabs::-webkit-scrollbar { display: none; }
  #tabs [role=tab] { flex: 0 0 auto; max-width: 240px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; border: 0; border-right: 1px solid #e0e0e0; background: none; padding: 0 14px; cursor: pointer; color: #3c4043; }
  #tabs [role=tab][aria-selected=true] { background: #e8f0fe; color: #1967d2; font-weight: 600; box-shadow: inset 0 -3px 0 #1a73e8; }
  #tabs [role=tab] .color { display: inline-block; width: 8px; height: 8px; border-radius: 2px; margin-right: 6px; }
  #sheet-menu { display: none; position: absolute; bottom: 40px; left: 4px; z-index: 30; list-style: none; margin: 0; padding: 6px 0; background: #fff; border: 1px solid #dadce0; box-shadow: 0 2px 6px rgba(0,0,0,.2); max-height: 60vh; overflow: auto; min-width: 260px; }
  #sheet-menu.open { display: block; }
  #sheet-menu button { display: block; width: 100%; text-align: left; border: 0; background: none; padding: 6px 16px; cursor: pointer; white-space: nowrap; }
  #sheet-menu button:hover { background: #f1f3f4; }
  #sheet-menu button[aria-checked=true] { font-weight: 600; color: #1967d2; }
  #sheet-menu button.hidden-sheet { color: #80868b; font-style: italic; }
  #side { width: 340px; border-left: 1px solid #dadce0; display: flex; flex-direction: column; }
  #side header { display: flex; justify-content: space-between; align-items: center; padding: 8px 12px; border-bottom: 1px solid #dadce0; font-weight: 500; }
  #side header button { border: 0; background: none; cursor: pointer; font-size: 16px; }
  #side iframe { flex: 1; border: 0; width: 100%; }
  #side.hidden { display: none; }
  #dialogs { position: fixed; inset: 0; background: rgba(32,33,36,.45); display: none; align-items: center; justify-content: center; z-index: 100; }
  #dialogs.open { display: flex; }
  [role=dialog], [role=alertdialog] { background: #fff; border-radius: 8px; box-shadow: 0 4px 24px rgba(0,0,0,.3); padding: 20px 24px 16px; width: min(520px, 92vw); max-height: 80vh; display: flex; flex-direction: column; }
  .dialog-title { font-size: 18px; margin: 0 0 12px; font-weight: 400; }
  .dialog-text { white-space: pre-wrap; overflow: auto; line-height: 1.45; }
  .dialog-input { margin-top: 12px; width: 100%; padding: 6px; font: inherit; }
  .dialog-buttons { display: flex; justify-content: flex-end; gap: 8px; margin-top: 18px; }
  .dialog-buttons button { border: 1px solid #dadce0; background: #fff; color: #1a73e8; border-radius: 4px; padding: 7px 18px; cursor: pointer; font-weight: 500; }
  .dialog-buttons button.primary { background: #1a73e8; color: #fff; border-color: #1a73e8; }
  #toasts { position: fixed; right: 24px; bottom: 56px; display: flex; flex-direction: column; gap: 8px; z-index: 90; }
  .toast { background: #323232; color: #fff; padding: 10px 16px; border-radius: 4px; max-width: 420px; box-shadow: 0 2px 6px rgba(0,0,0,.3); }
  .toast b { display: block; margin-bottom: 2px; }
  /* The grid (jspreadsheet) as Sheets draws it. */
  #grid .jss_container { display: block; }
  #grid .jss_content { overflow: visible !important; }
  #grid table.jss_worksheet { font: 13px Roboto, Arial, sans-serif; table-layout: fixed; }
  #grid .jss_worksheet > thead > tr > td { position: sticky; top: 0; z-index: 6; background: #f8f9fa; color: #5f6368; font-weight: 400; }
  #grid .jss_worksheet > tbody > tr > td.jss_row { position: sticky; left: 0; z-index: 4; background: #f8f9fa; color: #5f6368; }
  #grid .jss_worksheet > tbody > tr > td { text-align: left; vertical-align: top; padding: 2px 4px; white-space: nowrap; }
  #grid .jss_worksheet > tbody > tr > td.wrap { overflow: hidden; }
  #grid td.frozen { position: sticky; z-index: 3; background-clip: padding-box; }
  #grid td.frozen-last { border-bottom: 3px solid #c0c4c9 !important; }
  #grid td .clip { white-space: nowrap; line-height: 1.28em; }
  #grid td.wrap .clip { max-height: 6.4em; overflow: hidden; }
  #grid td.wrap .clip { white-space: pre-wrap; overflow-wrap: anywhere; }
  #grid td.clipped .clip { -webkit-mask-image: linear-gradient(to bottom, #000 70%, transparent); mask-image: linear-gradient(to bottom, #000 70%, transparent); }
  #grid .jss_worksheet > thead > tr > td { text-align: center !important; }
  #grid td.locked { background-image: repeating-linear-gradient(135deg, transparent 0 7px, rgba(60,64,67,.06) 7px 9px); }
  #grid td.list .clip { padding-right: 14px; position: relative; }
  #grid td.list .clip::after { content: '▾'; position: absolute; right: 0; top: 0; color: #5f6368; }
  #grid td.cb { text-align: center !important; }
  #grid td.error .clip { color: #d93025; }
  #grid td input.cell-editor, #grid td select.cell-editor { width: 100%; height: 100%; min-height: 22px; border: 0; outline: 2px solid #1a73e8; font: inherit; padding: 1px 3px; background: #fff; }
`;

export function previewPage(title: string): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<title>${esc(title)} – Sáu Rõ (mô phỏng)</title>
<link rel="stylesheet" href="/grid.css" />
<style>${STYLE}</style>
</head>
<body>
  <header id="topbar">
    <div id="titlerow">
      <h1 id="title">${esc(title)}</h1>
      <span class="badge" title="Bảng tính mô phỏng trên máy này, không phải Google Trang tính">Mô phỏng</span>
      <div id="who">
        <label>Dùng với tư cách <select id="user-picker" aria-label="Người dùng"></select></label>
        <label><input type="checkbox" id="installed" /> Đã cài Sáu Rõ</label>
        <a id="download" href="/download.xlsx">Tải về .xlsx</a>
        <details id="outbox"><summary>Hộp thư đi (0)</summary><ol></ol></details>
      </div>
    </div>
    <nav id="menus" aria-label="Menu"></nav>
  </header>
  <div id="formula">
    <span id="cell-name" aria-label="Ô đang chọn">A1</span>
    <span id="fx" aria-hidden="true">fx</span>
    <textarea id="formula-input" rows="1" aria-label="Thanh công thức" spellcheck="false"></textarea>
  </div>
  <div id="body">
    <section id="sheet">
      <div id="grid" aria-label="Bảng tính"><div id="running" role="status"></div></div>
      <div id="tabbar">
        <button type="button" id="sheet-menu-button" aria-label="Tất cả trang tính" aria-haspopup="menu" aria-expanded="false" title="Tất cả trang tính">☰</button>
        <ul id="sheet-menu" role="menu" aria-label="Tất cả trang tính"></ul>
        <button type="button" id="tabs-left" aria-label="Cuộn thẻ sang trái" title="Cuộn sang trái">‹</button>
        <div id="tabs" role="tablist" aria-label="Trang tính"></div>
        <button type="button" id="tabs-right" aria-label="Cuộn thẻ sang phải" title="Cuộn sang phải">›</button>
      </div>
    </section>
    <aside id="side" class="hidden" aria-label="Thanh bên">
      <header><span id="side-title">Sáu Rõ</span><button type="button" id="side-close" title="Đóng" aria-label="Đóng thanh bên">✕</button></header>
      <iframe id="sidebar" title="Thanh bên Sáu Rõ"></iframe>
    </aside>
  </div>
  <div id="dialogs"></div>
  <div id="toasts" role="status" aria-live="polite"></div>
  <script src="/preview.js"></script>
</body>
</html>`;
}
