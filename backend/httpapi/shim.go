package httpapi

// shimJS makes the generated Wails bindings work in a browser: window.go.<pkg>.<Service>.<Method>
// posts the arguments to /api/<Service>/<Method>, and a rejection carries the same JSON error
// text the desktop gets. window.runtime offers what a browser can of the Wails runtime.
const shimJS = `(function () {
  function call(service, method, args) {
    return fetch('/api/' + service + '/' + method, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(args)
    }).then(function (r) {
      return r.text().then(function (t) {
        if (!r.ok) { throw t || JSON.stringify({ code: 'internal', message: '服务器没有响应' }); }
        return t ? JSON.parse(t) : null;
      });
    }, function () {
      throw JSON.stringify({ code: 'internal', message: '无法连接服务器，请检查主机上的便民服务台是否在运行' });
    });
  }
  function proxy(fn) { return new Proxy({}, { get: function (_, k) { return fn(String(k)); } }); }
  window.go = proxy(function () {
    return proxy(function (service) {
      return proxy(function (method) {
        return function () { return call(service, method, Array.prototype.slice.call(arguments)); };
      });
    });
  });
  var noop = function () {};
  window.runtime = {
    EventsOnMultiple: function () { return noop; }, EventsOn: function () { return noop; },
    EventsOff: noop, EventsOffAll: noop, EventsOnce: function () { return noop; }, EventsEmit: noop,
    LogPrint: noop, LogTrace: noop, LogDebug: noop, LogInfo: noop, LogWarning: noop, LogError: noop, LogFatal: noop,
    WindowSetTitle: function (t) { document.title = t; }, WindowReload: function () { location.reload(); },
    WindowReloadApp: function () { location.reload(); },
    BrowserOpenURL: function (u) { window.open(u, '_blank', 'noopener'); },
    Environment: function () { return Promise.resolve({ buildType: 'browser', platform: 'web', arch: '' }); },
    Quit: noop, Hide: noop, Show: noop
  };
})();
`
