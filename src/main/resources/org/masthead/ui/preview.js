// Masthead's own script in the preview: the only script that runs there. It patches the page in
// place (so nothing flickers and the scroll position stays), shows the block at a line, and hands
// clicked links to the desktop instead of navigating.
(function () {
  var mh = window.__mh = {};
  // The attribute that carries a block's line in the file; the window fills in the renderer's name for it.
  var LINE = '{{LINE_ATTRIBUTE}}';
  var WITH_LINE = '[' + LINE + ']';
  function body() { return document.getElementById('mh-body'); }
  function chunkLine(chunk) {
    var el = chunk.querySelector(WITH_LINE);
    return el ? parseInt(el.getAttribute(LINE), 10) : -1;
  }
  mh.setTop = function (html) {
    var article = body().parentNode;
    while (article.firstElementChild && article.firstElementChild !== body()) {
      article.removeChild(article.firstElementChild);
    }
    body().insertAdjacentHTML('beforebegin', html);
  };
  // In the site's template: everything but the body is replaced, the body element kept as it is
  // (with its scroll place), so a field or a stylesheet changes the page without loading it again.
  mh.setFrame = function (html) {
    var y = window.scrollY;
    var doc = new DOMParser().parseFromString(html, 'text/html');
    var live = body();
    document.head.innerHTML = doc.head.innerHTML;
    var fresh = document.importNode(doc.body, true);
    var slot = fresh.querySelector('#mh-body');
    if (!slot || !live) return;
    slot.parentNode.replaceChild(live, slot);
    document.documentElement.replaceChild(fresh, document.body);
    var attrs = doc.documentElement.attributes;
    for (var i = 0; i < attrs.length; i++) document.documentElement.setAttribute(attrs[i].name, attrs[i].value);
    window.scrollTo(0, y);
  };
  mh.patchBody = function (start, removeCount, html, lineDelta) {
    var b = body();
    var kids = b.children;
    for (var i = 0; i < removeCount && start < kids.length; i++) b.removeChild(kids[start]);
    var ref = kids[start] || null;
    var tmp = document.createElement('div');
    tmp.innerHTML = html;
    var inserted = tmp.children.length;
    while (tmp.firstChild) b.insertBefore(tmp.firstChild, ref);
    if (lineDelta !== 0) {
      for (var j = start + inserted; j < kids.length; j++) {
        var els = kids[j].querySelectorAll(WITH_LINE);
        for (var k = 0; k < els.length; k++) {
          els[k].setAttribute(LINE, parseInt(els[k].getAttribute(LINE), 10) + lineDelta);
        }
      }
    }
  };
  // Scrolls the deepest block that starts at or before the line into view, if it is not in view.
  // The index of the last top-level block that starts at or before the line, or -1.
  function blockAt(kids, line) {
    var lo = 0, hi = kids.length - 1, best = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      var l = chunkLine(kids[mid]);
      if (l !== -1 && l <= line) { best = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    return best;
  }
  mh.reveal = function (line) {
    var kids = body().children;
    var best = blockAt(kids, line);
    if (best < 0) { window.scrollTo(0, 0); return; }
    var target = kids[best];
    var inner = target.querySelectorAll(WITH_LINE);
    for (var i = 0; i < inner.length; i++) {
      if (parseInt(inner[i].getAttribute(LINE), 10) <= line) target = inner[i]; else break;
    }
    var r = target.getBoundingClientRect();
    if (r.top < 0 || r.bottom > window.innerHeight) {
      window.scrollTo(0, window.pageYOffset + r.top - window.innerHeight / 3);
    }
  };
  // Scrolls so the page shows what the editor shows: the block of the editor's top line at the top,
  // part of the way to the next block as the line is part of the way to it; the end at the end.
  mh.alignTop = function (line, atEnd) {
    if (atEnd) { window.scrollTo(0, document.documentElement.scrollHeight); return; }
    var kids = body().children;
    var best = blockAt(kids, line);
    if (best < 0) { window.scrollTo(0, 0); return; }
    var from = chunkLine(kids[best]), top = kids[best].getBoundingClientRect().top;
    var next = best + 1 < kids.length ? kids[best + 1] : null;
    var y = top;
    if (next && chunkLine(next) > from) {
      var f = Math.min(1, (line - from) / (chunkLine(next) - from));
      y = top + f * (next.getBoundingClientRect().top - top);
    }
    window.scrollTo(0, window.pageYOffset + y);
  };
  document.addEventListener('click', function (e) {
    var a = e.target;
    while (a && !(a.tagName === 'A' && a.hasAttribute('href'))) a = a.parentElement;
    if (!a) return;
    e.preventDefault();
    var href = a.getAttribute('href');
    if (href.charAt(0) === '#') {
      var t = document.getElementById(decodeURIComponent(href.substring(1)));
      if (t) t.scrollIntoView();
      return;
    }
    if (window.__mhBridge) window.__mhBridge.open(a.href);
  }, true);
  document.addEventListener('submit', function (e) { e.preventDefault(); }, true);
})();
