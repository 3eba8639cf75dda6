// Draws an entity's neighbourhood as SVG and grows it when a node is clicked. Readability first:
// one edge per pair of nodes with its roles joined, Chinese names shown and English on hover,
// long names shortened, no two labels or nodes overlapping, the whole graph fitted to the frame.
// Every name from the data goes in as text (textContent), never as markup.
(function () {
  var SVG = 'http://www.w3.org/2000/svg';
  var box = document.getElementById('graph');
  var list = document.getElementById('node-list');
  var roles = JSON.parse(box.getAttribute('data-roles') || '{}');
  var GROUPS = {
    person: ['人物', 'Person', '#d9534f'], body: ['机关', 'Government body', '#1f6fb2'],
    company: ['企业', 'Company', '#2e9e57'], organization: ['组织', 'Organisation', '#8e5db5'],
    place: ['地点', 'Place', '#a0782c'], project: ['项目', 'Project', '#e08b1e'], event: ['事件', 'Event', '#4b5563']
  };
  var MAX_NAME = 10, MAX_ROLES = 8, SYMBOL = 22, FONT = 12, EDGE_FONT = 11, GAP = 3, PAD = 6, MARGIN = 8;
  var nodes = {}, pairs = {}, expanded = {}, order = [];
  var svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('width', '100%');
  svg.setAttribute('height', '100%');
  svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  box.appendChild(svg);

  function el(name, attrs, parent) {
    var e = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (parent) { parent.appendChild(e); }
    return e;
  }
  function titled(e, text) { el('title', {}, e).textContent = text; return e; }
  function shorten(text, max) { return text.length > max ? text.substring(0, max - 1) + '…' : text; }
  function pagePath(iri) {
    var base = box.getAttribute('data-base');
    return iri.indexOf(base) === 0 ? '/' + iri.substring(base.length) : iri;
  }
  function roleName(relation, post) {
    if (relation === 'membership' && post) { return [post, 'post: ' + post, relation]; }
    var r = roles[relation];
    return r ? [r[0], r[1], relation] : [relation, relation, relation];
  }
  function symbolPath(group, r) {
    switch (group) {
      case 'body': return 'M' + -r + ',' + -r + 'h' + 2 * r + 'v' + 2 * r + 'h' + -2 * r + 'z';
      case 'company': return 'M' + -r + ',' + (-r + 4) + 'q0,-4 4,-4h' + (2 * r - 8) + 'q4,0 4,4v' + (2 * r - 8)
        + 'q0,4 -4,4h' + (8 - 2 * r) + 'q-4,0 -4,-4z';
      case 'organization': return 'M0,' + -r + 'L' + r + ',0L0,' + r + 'L' + -r + ',0z';
      case 'place': return 'M' + -r + ',' + (-r * 0.8) + 'L' + r + ',' + (-r * 0.8) + 'L0,' + r + 'z';
      case 'project': return 'M0,' + -r + 'L' + r + ',' + (r * 0.8) + 'L' + -r + ',' + (r * 0.8) + 'z';
      case 'event': return 'M' + (-r / 2) + ',' + -r + 'h' + r + 'l' + (r / 2) + ',' + r + 'l' + (-r / 2) + ',' + r
        + 'h' + -r + 'l' + (-r / 2) + ',' + -r + 'z';
      default: return 'M' + -r + ',0a' + r + ',' + r + ' 0 1,0 ' + 2 * r + ',0a' + r + ',' + r + ' 0 1,0 ' + -2 * r + ',0';
    }
  }

  // text size as the browser draws it, so that the layout keeps real labels apart
  var ruler = el('text', {'font-size': FONT, visibility: 'hidden'}, svg);
  function measure(text, size) {
    ruler.setAttribute('font-size', size);
    ruler.textContent = text;
    var b = ruler.getBBox();
    return {w: Math.ceil(b.width) + 2, h: Math.ceil(b.height) + 2};
  }

  // a node's box: its symbol with its label under it
  function nodeBox(n) {
    var r = n.r, w = Math.max(2 * r, n.text.w), h = 2 * r + GAP + n.text.h;
    return {x: n.x - w / 2, y: n.y - r, w: w, h: h};
  }
  function overlap(a, b, pad) {
    return a.x < b.x + b.w + pad && b.x < a.x + a.w + pad && a.y < b.y + b.h + pad && b.y < a.y + a.h + pad;
  }

  function forces(ids, width, height) {
    var k = Math.sqrt(width * height / Math.max(ids.length, 1)) * 0.8;
    for (var step = 0; step < 250; step++) {
      var heat = 12 * (1 - step / 250) + 0.5, moves = {};
      ids.forEach(function (a) { moves[a] = {x: 0, y: 0}; });
      for (var i = 0; i < ids.length; i++) {
        for (var j = i + 1; j < ids.length; j++) {
          var a = nodes[ids[i]], b = nodes[ids[j]];
          var dx = a.x - b.x, dy = a.y - b.y, d = Math.sqrt(dx * dx + dy * dy) || 0.01;
          var push = k * k / d / d;
          moves[a.id].x += dx * push; moves[a.id].y += dy * push;
          moves[b.id].x -= dx * push; moves[b.id].y -= dy * push;
        }
      }
      Object.keys(pairs).forEach(function (key) {
        var a = nodes[pairs[key].a], b = nodes[pairs[key].b];
        var dx = a.x - b.x, dy = a.y - b.y, d = Math.sqrt(dx * dx + dy * dy) || 0.01;
        var pull = d / k;
        moves[a.id].x -= dx * pull; moves[a.id].y -= dy * pull;
        moves[b.id].x += dx * pull; moves[b.id].y += dy * pull;
      });
      ids.forEach(function (id) {
        var m = moves[id], n = nodes[id], len = Math.sqrt(m.x * m.x + m.y * m.y) || 1;
        n.x += m.x / len * Math.min(len, heat) - (n.x - width / 2) * 0.01;
        n.y += m.y / len * Math.min(len, heat) - (n.y - height / 2) * 0.01;
      });
    }
  }

  // stretch the drawing over the canvas, then push overlapping boxes apart, keeping them inside
  function spread(ids, width, height) {
    var minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
    ids.forEach(function (id) {
      var n = nodes[id];
      minX = Math.min(minX, n.x); maxX = Math.max(maxX, n.x); minY = Math.min(minY, n.y); maxY = Math.max(maxY, n.y);
    });
    var inner = 80;
    ids.forEach(function (id) {
      var n = nodes[id];
      n.x = inner + (maxX > minX ? (n.x - minX) / (maxX - minX) : 0.5) * (width - 2 * inner);
      n.y = inner / 2 + (maxY > minY ? (n.y - minY) / (maxY - minY) : 0.5) * (height - 1.5 * inner);
    });
    for (var round = 0; round < 400; round++) {
      var moved = false;
      for (var i = 0; i < ids.length; i++) {
        for (var j = i + 1; j < ids.length; j++) {
          var a = nodes[ids[i]], b = nodes[ids[j]], ba = nodeBox(a), bb = nodeBox(b);
          if (!overlap(ba, bb, PAD)) { continue; }
          moved = true;
          var ox = Math.min(ba.x + ba.w, bb.x + bb.w) - Math.max(ba.x, bb.x) + PAD;
          var oy = Math.min(ba.y + ba.h, bb.y + bb.h) - Math.max(ba.y, bb.y) + PAD;
          if (ox < oy) {
            var sx = (a.x < b.x || (a.x === b.x && i < j)) ? -1 : 1;
            a.x += sx * ox / 2; b.x -= sx * ox / 2;
          } else {
            var sy = (a.y < b.y || (a.y === b.y && i < j)) ? -1 : 1;
            a.y += sy * oy / 2; b.y -= sy * oy / 2;
          }
        }
      }
      ids.forEach(function (id) { keepInside(nodes[id], width, height); });
      if (!moved) { return true; }
    }
    return false;
  }
  function keepInside(n, width, height) {
    var b = nodeBox(n);
    if (b.x < MARGIN) { n.x += MARGIN - b.x; }
    if (b.x + b.w > width - MARGIN) { n.x -= b.x + b.w - (width - MARGIN); }
    if (b.y < MARGIN) { n.y += MARGIN - b.y; }
    if (b.y + b.h > height - MARGIN) { n.y -= b.y + b.h - (height - MARGIN); }
  }

  function layout() {
    var ids = Object.keys(nodes);
    var width = Math.max(box.clientWidth, 300), height = Math.max(box.clientHeight, 200);
    forces(ids, width, height);
    // a canvas larger than the frame (drawn smaller) only when the nodes do not fit apart in it
    var scale = 1, saved = {};
    ids.forEach(function (id) { saved[id] = {x: nodes[id].x, y: nodes[id].y}; });
    while (!spread(ids, width * scale, height * scale) && scale < 4) {
      scale *= 1.25;
      ids.forEach(function (id) { nodes[id].x = saved[id].x; nodes[id].y = saved[id].y; });
    }
    return {w: width * scale, h: height * scale};
  }

  // an edge's label at the first place along it that is clear of nodes and other labels
  function placeEdgeLabels(canvas) {
    var taken = Object.keys(nodes).map(function (id) { return nodeBox(nodes[id]); });
    Object.keys(pairs).forEach(function (key) {
      var p = pairs[key], a = nodes[p.a], b = nodes[p.b];
      p.text = measure(p.shown, EDGE_FONT);
      p.at = null;
      var spots = [0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78];
      for (var s = 0; s < spots.length && !p.at; s++) {
        var cx = a.x + (b.x - a.x) * spots[s], cy = a.y + (b.y - a.y) * spots[s];
        var r = {x: cx - p.text.w / 2, y: cy - p.text.h / 2, w: p.text.w, h: p.text.h};
        var inside = r.x >= MARGIN && r.y >= MARGIN && r.x + r.w <= canvas.w - MARGIN && r.y + r.h <= canvas.h - MARGIN;
        if (inside && !taken.some(function (t) { return overlap(r, t, 2); })) {
          p.at = {x: cx, y: cy};
          taken.push(r);
        }
      }
    });
  }

  function render() {
    var canvas = layout();
    placeEdgeLabels(canvas);
    svg.setAttribute('viewBox', '0 0 ' + canvas.w + ' ' + canvas.h);
    while (svg.lastChild && svg.lastChild !== ruler) { svg.removeChild(svg.lastChild); }
    var edgeLayer = el('g', {'class': 'edges'}, svg), nodeLayer = el('g', {'class': 'nodes'}, svg);
    Object.keys(pairs).forEach(function (key) {
      var p = pairs[key], a = nodes[p.a], b = nodes[p.b];
      var g = titled(el('g', {'class': 'edge'}, edgeLayer), p.en + ' · ' + p.zh);
      el('line', {x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: '#9aa3ad', 'stroke-width': 1.2}, g);
      // a wide invisible line, so that hovering near the edge shows its roles
      el('line', {x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: 'transparent', 'stroke-width': 8}, g);
      if (p.at) {
        var t = el('text', {'class': 'edge-label', x: p.at.x, y: p.at.y, 'font-size': EDGE_FONT, 'text-anchor': 'middle',
          'dominant-baseline': 'central', fill: '#374151', stroke: '#fff', 'stroke-width': 3, 'paint-order': 'stroke'}, g);
        t.textContent = p.shown;
      }
    });
    order.forEach(function (id) {
      var n = nodes[id], group = GROUPS[n.group] || ['其他', 'Other', '#777'];
      var g = el('g', {'class': 'node node-' + n.group + (expanded[id] ? ' expanded' : ''), 'data-iri': id,
        transform: 'translate(' + n.x + ',' + n.y + ')', cursor: 'pointer'}, nodeLayer);
      titled(g, n.label + ' · ' + group[0] + ' ' + group[1] + (expanded[id] ? '' : ' · 点击展开 click to expand'));
      el('path', {'class': 'node-shape', d: symbolPath(n.group, n.r), fill: group[2],
        stroke: expanded[id] ? '#111' : '#fff', 'stroke-width': 2}, g);
      var label = el('text', {'class': 'node-label', x: 0, y: n.r + GAP + n.text.h / 2, 'font-size': FONT,
        'text-anchor': 'middle', 'dominant-baseline': 'central', fill: '#111'}, g);
      label.textContent = n.shown;
      g.addEventListener('click', function () { expand(id); });
    });
    box.setAttribute('data-node-count', String(order.length));
    box.setAttribute('data-edge-count', String(Object.keys(pairs).length));
    box.setAttribute('data-drawn', String(Date.now()));
    listNodes();
  }

  function listNodes() {
    list.textContent = '';
    order.forEach(function (id) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = pagePath(id);
      a.textContent = nodes[id].label;
      li.className = 'node node-' + nodes[id].group;
      li.appendChild(a);
      li.appendChild(document.createTextNode(' · ' + nodes[id].type));
      list.appendChild(li);
    });
  }

  function legend() {
    var ul = document.getElementById('legend');
    Object.keys(GROUPS).forEach(function (g) {
      var li = document.createElement('li');
      var icon = el('svg', {width: 16, height: 16, viewBox: '-9 -9 18 18'});
      el('path', {d: symbolPath(g, 7), fill: GROUPS[g][2]}, icon);
      li.appendChild(icon);
      li.appendChild(document.createTextNode(' ' + GROUPS[g][0] + ' ' + GROUPS[g][1]));
      ul.appendChild(li);
    });
  }

  function add(data, parent) {
    if (nodes[data.id]) { return; }
    var angle = order.length * 2.4, from = parent ? nodes[parent] : null;
    var cx = from ? from.x : box.clientWidth / 2, cy = from ? from.y : box.clientHeight / 2;
    var shown = shorten(data.label, MAX_NAME);
    nodes[data.id] = {id: data.id, label: data.label, shown: shown, group: data.group, type: data.type,
      r: SYMBOL / 2, text: measure(shown, FONT),
      x: cx + (from || order.length ? 120 * Math.cos(angle) : 0), y: cy + (from || order.length ? 120 * Math.sin(angle) : 0)};
    order.push(data.id);
  }

  function link(data) {
    var a = data.source, b = data.target;
    if (a === b || !nodes[a] || !nodes[b]) { return; }
    var key = a < b ? a + ' ' + b : b + ' ' + a;
    var p = pairs[key] || (pairs[key] = {a: a, b: b, names: []});
    var name = roleName(data.relation, data.role);
    if (!p.names.some(function (n) { return n[0] === name[0]; })) { p.names.push(name); }
    // a chair or speaker is a participant too (the merged graph says both): the narrower role names the edge
    var named = p.names.length > 1 ? p.names.filter(function (n) { return n[2] !== 'participant'; }) : p.names;
    p.zh = named.map(function (n) { return n[0]; }).join('、');
    p.en = named.map(function (n) { return n[1]; }).join(', ');
    p.shown = shorten(p.zh, MAX_ROLES);
  }

  function expand(iri) {
    if (expanded[iri]) { return Promise.resolve(); }
    expanded[iri] = true;
    return fetch('/api/neighbourhood?iri=' + encodeURIComponent(iri), {headers: {Accept: 'application/json'}})
      .then(function (r) { return r.ok ? r.json() : {elements: {nodes: [], edges: []}}; })
      .then(function (j) {
        j.elements.nodes.forEach(function (n) { add(n.data, nodes[iri] ? iri : null); });
        j.elements.edges.forEach(function (e) { link(e.data); });
        render();
      });
  }

  legend();
  window.addEventListener('resize', function () { if (order.length) { render(); } });
  // exposed so that a driver (or a console user) can grow the view by IRI
  window.newskgExpand = expand;
  expand(box.getAttribute('data-iri'));
})();
