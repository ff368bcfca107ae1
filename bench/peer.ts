// A naive peer, written the way common open-source Apps Script merge scripts are: every cell read
// with its own getRange().getValue(), every output row written with appendRow. It runs in the
// same emulator on the same workbooks, so its service calls and times stand beside the add-on's.
// It does only the I/O of each action (no checks, no formats): a lower bound for such a script.
export const PEER_CODE = `
function ss_() { return SpreadsheetApp.getActiveSpreadsheet(); }

/** Reads a sheet cell by cell, from row 'from' down to its last row. */
function readCells_(sheet, from) {
  var last = sheet.getLastRow();
  var width = sheet.getLastColumn();
  var rows = [];
  for (var r = from; r <= last; r++) {
    var row = [];
    for (var c = 1; c <= width; c++) row.push(sheet.getRange(r, c).getValue());
    rows.push(row);
  }
  return rows;
}

/** Import: the appendix's rows (already split into cells) appended one by one to a new sheet. */
function peerImport(name, header, rows) {
  var sheet = ss_().insertSheet(name);
  sheet.appendRow(header);
  for (var i = 0; i < rows.length; i++) sheet.appendRow(rows[i]);
}

/** Distribute: the plan read cell by cell, one new sheet per lead unit filled row by row. */
function peerDistribute(planSheet, prefix) {
  var ss = ss_();
  var tasks = readCells_(ss.getSheetByName(planSheet), 5);
  var byUnit = {};
  var units = [];
  tasks.forEach(function (t) {
    if (!t[3]) return;
    if (!byUnit[t[3]]) { byUnit[t[3]] = []; units.push(t[3]); }
    byUnit[t[3]].push(t);
  });
  units.forEach(function (unit, i) {
    var sheet = ss.insertSheet(prefix + i);
    sheet.appendRow(['Đơn vị', unit]);
    sheet.appendRow(['Mã', 'Nội dung', 'Cơ quan chủ trì', 'Thời hạn', 'Trạng thái', 'Tiến độ (%)', 'Kết quả']);
    byUnit[unit].forEach(function (t) { sheet.appendRow([t[0], t[2], t[3], t[5], '', '', '']); });
    for (var c = 1; c <= 7; c++) sheet.setColumnWidth(c, 120);
  });
  return units.length;
}

/** Merge: every unit sheet read cell by cell, one summary row appended per reported task. */
function peerMerge(prefix, name) {
  var ss = ss_();
  var out = ss.insertSheet(name);
  out.appendRow(['Đơn vị', 'Mã', 'Trạng thái', 'Tiến độ (%)', 'Kết quả']);
  var n = 0;
  ss.getSheets().forEach(function (sheet) {
    if (sheet.getName().indexOf(prefix) !== 0) return;
    var rows = readCells_(sheet, 1);
    var unit = rows[1] ? rows[1][1] : '';
    rows.forEach(function (row) {
      if (!/^[IVXLC]+\\.\\d+$/.test(String(row[0])) || row[4] === '') return;
      out.appendRow([unit, row[0], row[4], row[5], row[6]]);
      n++;
    });
  });
  return n;
}

/** Removes the peer's sheets between runs (not timed). */
function peerCleanup(prefix) {
  var ss = ss_();
  ss.getSheets().forEach(function (sheet) {
    if (sheet.getName().indexOf(prefix) === 0) ss.deleteSheet(sheet);
  });
}
`;
