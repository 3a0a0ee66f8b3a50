// Installed by the Cards tab in its page (the cards carry no script): scales each card wider than the
// page down to fit it, keeping its true width inside so its text wraps as on the platform, and notes
// the scale in its heading. It runs again whenever the page's width changes, whatever changed it.
(function () {
  function fit() {
    var page = document.documentElement.clientWidth, shots = document.querySelectorAll('.shot');
    for (var i = 0; i < shots.length; i++) shots[i].style.zoom = '';
    for (var j = 0; j < shots.length; j++) {
      var s = shots[j], st = getComputedStyle(s), heading = s.parentNode.querySelector('h2');
      var full = s.getBoundingClientRect().width + parseFloat(st.marginLeft) + parseFloat(st.marginRight);
      var zoom = Math.floor(page / full * 1000) / 1000;
      if (zoom < 1) {
        s.style.zoom = zoom;
        if (heading) heading.setAttribute('data-zoom', Math.floor(zoom * 100) + '%');
      } else if (heading) {
        heading.removeAttribute('data-zoom');
      }
    }
  }
  window.addEventListener('resize', fit);
  window.mastheadFitCards = fit;
})();
