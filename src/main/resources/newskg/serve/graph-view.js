// Draws an entity's neighbourhood with ECharts and grows it when a node is clicked.
(function () {
  var box = document.getElementById('graph');
  var list = document.getElementById('node-list');
  var groups = ['person', 'body', 'company', 'organization', 'place', 'project', 'event'];
  var names = {person: '人物', body: '机关', company: '企业', organization: '组织', place: '地点', project: '项目', event: '事件'};
  var shapes = {person: 'circle', body: 'rect', company: 'roundRect', organization: 'diamond',
                place: 'pin', project: 'triangle', event: 'arrow'};
  var colours = {person: '#d9534f', body: '#1f6fb2', company: '#2e9e57', organization: '#8e5db5',
                 place: '#a0782c', project: '#e08b1e', event: '#4b5563'};
  var nodes = {}, edges = {}, expanded = {};
  var chart = echarts.init(box);

  function pagePath(iri) {
    var base = box.getAttribute('data-base');
    if (iri.indexOf(base) === 0) { return '/' + iri.substring(base.length); }
    return iri;
  }

  function render() {
    var data = Object.keys(nodes).map(function (id) {
      var n = nodes[id];
      return {id: id, name: n.label, category: Math.max(0, groups.indexOf(n.group)), value: n.type,
              symbol: shapes[n.group] || 'circle', symbolSize: expanded[id] ? 44 : 30,
              itemStyle: {color: colours[n.group] || '#777'}};
    });
    var links = Object.keys(edges).map(function (k) {
      var e = edges[k];
      return {source: e.source, target: e.target, value: e.label};
    });
    chart.setOption({
      tooltip: {formatter: function (p) { return p.dataType === 'edge' ? p.data.value : p.data.name + ' (' + p.data.value + ')'; }},
      legend: [{data: groups.map(function (g) { return names[g]; })}],
      series: [{type: 'graph', layout: 'force', roam: true, draggable: true, animation: false,
                label: {show: true, position: 'right'}, edgeSymbol: ['none', 'arrow'],
                edgeLabel: {show: true, formatter: function (p) { return p.data.value; }, fontSize: 10},
                force: {repulsion: 700, edgeLength: [120, 200], gravity: 0.08},
                categories: groups.map(function (g) { return {name: names[g], itemStyle: {color: colours[g]}}; }),
                data: data, links: links}]
    }, true);
    box.setAttribute('data-node-count', String(data.length));
    box.setAttribute('data-edge-count', String(links.length));
    list.textContent = '';
    Object.keys(nodes).forEach(function (id) {
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

  function expand(iri) {
    if (expanded[iri]) { return; }
    expanded[iri] = true;
    fetch('/api/neighbourhood?iri=' + encodeURIComponent(iri), {headers: {Accept: 'application/json'}})
      .then(function (r) { return r.ok ? r.json() : {elements: {nodes: [], edges: []}}; })
      .then(function (j) {
        j.elements.nodes.forEach(function (n) { nodes[n.data.id] = n.data; });
        j.elements.edges.forEach(function (e) {
          edges[e.data.source + ' ' + e.data.target + ' ' + e.data.relation] = e.data;
        });
        render();
      });
  }

  chart.on('click', function (p) { if (p.dataType === 'node') { expand(p.data.id); } });
  window.addEventListener('resize', function () { chart.resize(); });
  // exposed so that a driver (or a console user) can grow the view by IRI
  window.newskgExpand = expand;
  expand(box.getAttribute('data-iri'));
})();
