// What the sidebar iframe gets instead of Apps Script's google.script.run: a bridge that posts
// each call to the local server, which runs it in the emulator. When the server function asks a
// question (ui.alert with buttons, ui.prompt), the page shows the dialog and the call is run again
// with the answer, so the sidebar's promise settles only once the person has answered.

const BRIDGE_SCRIPT = `<script>
(function () {
  var page = window.parent !== window ? window.parent : null;
  function ask(question) {
    if (page && page.sauroAsk) return page.sauroAsk(question);
    // Opened on its own: the browser's dialogs stand in for Sheets'.
    if (question.kind === 'prompt') {
      var text = window.prompt(question.prompt, '');
      return Promise.resolve(text === null ? { button: 'CANCEL' } : { button: 'OK', text: text });
    }
    var yes = window.confirm(question.prompt);
    var set = question.buttons;
    return Promise.resolve({ button: yes ? (set.indexOf('YES') === 0 ? 'YES' : 'OK') : (set.indexOf('YES') === 0 ? 'NO' : 'CANCEL') });
  }
  // google.script.run's rule: primitives, and arrays and plain objects of them; anything else
  // (a Date, a function…) fails the call, as it does in Sheets.
  function illegal(v, path) {
    if (v === null || v === undefined) return null;
    var t = typeof v;
    if (t === 'number' || t === 'boolean' || t === 'string') return null;
    if (t !== 'object') return path;
    if (Array.isArray(v)) {
      for (var i = 0; i < v.length; i++) { var a = illegal(v[i], path + '.' + i); if (a) return a; }
      return null;
    }
    var proto = Object.getPrototypeOf(v);
    if (proto !== null && Object.getPrototypeOf(proto) !== null) return path;
    for (var k in v) { var b = illegal(v[k], path + '.' + k); if (b) return b; }
    return null;
  }
  function call(name, args, answers) {
    return fetch('/rpc', { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ fn: String(name), args: args, answers: answers }) })
      .then(function (r) { return r.json(); })
      .then(function (res) {
        if (res.ask) return ask(res.ask).then(function (a) { return call(name, args, answers.concat([a])); });
        return res;
      });
  }
  function runner(onOk, onFail) {
    return new Proxy({}, {
      get: function (_t, name) {
        if (name === 'withSuccessHandler') return function (cb) { return runner(cb, onFail); };
        if (name === 'withFailureHandler') return function (cb) { return runner(onOk, cb); };
        if (name === 'withUserObject') return function () { return runner(onOk, onFail); };
        return function () {
          var args = Array.prototype.slice.call(arguments);
          for (var i = 0; i < args.length; i++) {
            var bad = illegal(args[i], String(i));
            if (bad) throw new Error('Failed due to illegal value in property: ' + bad);
          }
          call(name, args, []).then(function (res) {
            if (page && page.sauroChanged) page.sauroChanged(res.follow || null);
            if (res.ok) { if (onOk) onOk(res.value); }
            else if (onFail) { onFail(new Error(res.error)); }
          }, function (err) { if (onFail) onFail(err); });
        };
      }
    });
  }
  window.google = { script: { run: runner(null, null), host: { close: function () {
    if (page && page.sauroCloseSidebar) page.sauroCloseSidebar(); } } } };
})();
</script>`;

/** Puts the bridge first in <head>, before the sidebar's own script runs. */
export function withBridge(html: string): string {
  const at = html.search(/<head[^>]*>/i);
  if (at < 0) return BRIDGE_SCRIPT + html;
  const end = html.indexOf('>', at) + 1;
  return html.slice(0, end) + BRIDGE_SCRIPT + html.slice(end);
}
