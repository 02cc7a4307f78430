// The flame graph's interaction: hover details, click to zoom, Reset zoom, Search.
// Works on its own <svg> only, so a page may hold several; labels are fitted as LabelFit does.
(function () {
  var script = document.currentScript;
  var svg = script && script.closest ? script.closest('svg') : document.documentElement;
  if (!svg) {
    return;
  }
  var CHAR_WIDTH = 7.3, MARGIN = 6, PAD = 10, MATCH_FILL = '#d54fd5';
  var inner = Number(svg.getAttribute('data-width')) - 2 * PAD;
  var details = svg.querySelector('.details');
  var reset = svg.querySelector('.reset');
  var search = svg.querySelector('.search');
  var matched = svg.querySelector('.matched');
  var hint = details.textContent;
  var frames = Array.prototype.map.call(svg.querySelectorAll('g.f'), function (g) {
    var frame = {
      g: g,
      start: Number(g.getAttribute('data-s')),
      weight: Number(g.getAttribute('data-v')),
      level: Number(g.getAttribute('data-l')),
      name: g.getAttribute('data-n'),
      shortName: g.getAttribute('data-short') || g.getAttribute('data-n'),
      rect: g.querySelector('rect'),
      label: g.querySelector('text'),
      about: g.querySelector('title').textContent.replace('\n', ' \u2014 ')
    };
    frame.fill = frame.rect.getAttribute('fill');
    g.ttsqlFrame = frame;
    return frame;
  });
  if (frames.length === 0) {
    svg.setAttribute('data-ready', 'true');
    return;
  }
  var root = frames[0];
  var searching = false;

  function fit(frame, width) {
    var room = Math.floor((width - MARGIN) / CHAR_WIDTH);
    if (frame.name.length <= room) {
      return frame.name;
    }
    if (frame.shortName.length <= room) {
      return frame.shortName;
    }
    return room >= 3 ? frame.shortName.slice(0, room - 1) + '\u2026' : '';
  }

  function place(frame, x, width) {
    frame.g.style.display = '';
    frame.rect.setAttribute('x', x.toFixed(2));
    frame.rect.setAttribute('width', width.toFixed(2));
    frame.label.setAttribute('x', (x + 3).toFixed(2));
    frame.label.textContent = fit(frame, width);
  }

  function zoom(target) {
    frames.forEach(function (frame) {
      var end = frame.start + frame.weight, targetEnd = target.start + target.weight;
      if (frame.level < target.level && frame.start <= target.start && end >= targetEnd) {
        place(frame, PAD, inner);
        frame.g.classList.add('ancestor');
      } else if (frame.level >= target.level && frame.start >= target.start && end <= targetEnd) {
        place(frame, PAD + (frame.start - target.start) / target.weight * inner, frame.weight / target.weight * inner);
        frame.g.classList.remove('ancestor');
      } else {
        frame.g.style.display = 'none';
      }
    });
    reset.style.visibility = target === root ? 'hidden' : 'visible';
  }

  function clearSearch() {
    frames.forEach(function (frame) {
      frame.rect.setAttribute('fill', frame.fill);
    });
    matched.textContent = '';
    search.textContent = 'Search';
    searching = false;
  }

  function startSearch() {
    var term = window.prompt('Highlight the frames whose function matches (a regular expression):', '');
    if (!term) {
      return;
    }
    var pattern;
    try {
      pattern = new RegExp(term);
    } catch (e) {
      window.alert('Not a regular expression: ' + e.message);
      return;
    }
    var ranges = [];
    frames.forEach(function (frame) {
      if (frame !== root && pattern.test(frame.name)) {
        frame.rect.setAttribute('fill', MATCH_FILL);
        ranges.push([frame.start, frame.start + frame.weight]);
      }
    });
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    var covered = 0, reach = -1;
    ranges.forEach(function (r) {
      if (r[1] > reach) {
        covered += r[1] - Math.max(r[0], reach);
        reach = r[1];
      }
    });
    matched.textContent = 'Matched: ' + (100 * covered / root.weight).toFixed(1) + '%';
    search.textContent = 'Clear search';
    searching = true;
  }

  svg.addEventListener('mouseover', function (event) {
    var g = event.target.closest('g.f');
    if (g) {
      details.textContent = g.ttsqlFrame.about;
    }
  });
  svg.addEventListener('mouseout', function () {
    details.textContent = hint;
  });
  svg.addEventListener('click', function (event) {
    var g = event.target.closest('g.f');
    if (g) {
      zoom(g.ttsqlFrame);
    } else if (event.target === reset) {
      zoom(root);
    } else if (event.target === search) {
      if (searching) {
        clearSearch();
      } else {
        startSearch();
      }
    }
  });
  svg.setAttribute('data-ready', 'true');
})();
