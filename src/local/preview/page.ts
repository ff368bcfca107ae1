// The preview page: a menu bar, the workbook as tabs and a grid, and the sidebar iframe.

const esc = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

export function previewPage(title: string): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<title>${esc(title)} – Sáu Rõ (mô phỏng)</title>
<style>
  * { box-sizing: border-box; }
  body { margin: 0; font: 13px Roboto, Arial, sans-serif; color: #202124; display: flex; flex-direction: column; height: 100vh; }
  #topbar { display: flex; align-items: center; gap: 12px; padding: 6px 12px; border-bottom: 1px solid #dadce0; background: #f8f9fa; }
  #topbar h1 { font-size: 15px; margin: 0; font-weight: 500; }
  #menus { display: flex; gap: 4px; position: relative; }
  .menu > button { background: none; border: 0; padding: 4px 8px; cursor: pointer; font: inherit; }
  .menu ul { display: none; position: absolute; z-index: 10; list-style: none; margin: 0; padding: 4px 0; background: #fff; border: 1px solid #dadce0; box-shadow: 0 2px 6px rgba(0,0,0,.2); min-width: 220px; }
  .menu.open ul { display: block; }
  .menu li button { display: block; width: 100%; text-align: left; background: none; border: 0; padding: 6px 16px; cursor: pointer; font: inherit; }
  .menu li button:hover { background: #f1f3f4; }
  #download { margin-left: auto; }
  #body { flex: 1; display: flex; min-height: 0; }
  #sheet { flex: 1; display: flex; flex-direction: column; min-width: 0; }
  #grid { flex: 1; overflow: auto; }
  #tabs { display: flex; gap: 2px; border-top: 1px solid #dadce0; background: #f8f9fa; padding: 0 8px; overflow-x: auto; }
  #tabs button { border: 0; background: none; padding: 6px 12px; cursor: pointer; font: inherit; }
  #tabs button.active { background: #fff; color: #1a73e8; font-weight: 600; border-bottom: 2px solid #1a73e8; }
  table.grid { border-collapse: collapse; table-layout: fixed; }
  table.grid td, table.grid th { border: 1px solid #e2e3e3; padding: 2px 4px; vertical-align: top; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; max-height: 60px; }
  table.grid td.wrap { white-space: normal; }
  table.grid th { background: #f8f9fa; color: #5f6368; font-weight: normal; position: sticky; top: 0; z-index: 2; }
  table.grid th.rowh { position: sticky; left: 0; z-index: 1; width: 40px; }
  table.grid tr.frozen td { position: sticky; z-index: 1; }
  td.note { box-shadow: inset -6px 6px 0 -3px #f9ab00; }
  td.list::after { content: ' ▾'; color: #9aa0a6; }
  td.protected { background-image: repeating-linear-gradient(45deg, transparent 0 6px, rgba(0,0,0,.03) 6px 8px); }
  #side { width: 320px; border-left: 1px solid #dadce0; display: flex; flex-direction: column; }
  #side header { display: flex; justify-content: space-between; align-items: center; padding: 8px 12px; border-bottom: 1px solid #dadce0; font-weight: 500; }
  #side iframe { flex: 1; border: 0; width: 100%; }
  #side.hidden { display: none; }
  #outbox { position: relative; }
  #outbox summary { cursor: pointer; }
  #outbox ol { position: absolute; right: 0; z-index: 10; width: 480px; max-height: 60vh; overflow: auto; margin: 4px 0 0; padding: 8px 8px 8px 28px; background: #fff; border: 1px solid #dadce0; box-shadow: 0 2px 6px rgba(0,0,0,.2); }
  #outbox li { margin-bottom: 8px; }
  #outbox pre { white-space: pre-wrap; font: 12px Roboto, Arial, sans-serif; margin: 4px 0 0; color: #5f6368; }
  #toast { position: fixed; left: 16px; bottom: 48px; background: #323232; color: #fff; padding: 10px 16px; border-radius: 4px; display: none; }
</style>
</head>
<body>
  <div id="topbar">
    <h1>${esc(title)}</h1>
    <nav id="menus" aria-label="Menu"></nav>
    <a id="download" href="/download.xlsx">Tải về .xlsx</a>
    <details id="outbox"><summary>Hộp thư đi (0)</summary><ol></ol></details>
  </div>
  <div id="body">
    <div id="sheet">
      <div id="grid" aria-label="Bảng tính"></div>
      <div id="tabs" role="tablist"></div>
    </div>
    <aside id="side" class="hidden">
      <header><span id="side-title">Sáu Rõ</span><button id="side-close" title="Đóng">✕</button></header>
      <iframe id="sidebar" title="Thanh bên Sáu Rõ"></iframe>
    </aside>
  </div>
  <div id="toast" role="status"></div>
  <script src="/preview.js"></script>
</body>
</html>`;
}
