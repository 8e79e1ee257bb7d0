// 职称评审平台: Cockpit plugins for supervision (issue 8).
//  - 瓶颈监控 on the dashboard (cockpit.dashboard): per process and stage the open count, median and 90th
//    percentile waiting time, deadlines passed, the backlog per department inbox and the trend of recent
//    weeks, with filters (year, committee, region, track, process); every figure links into Cockpit.
//  - 瓶颈热力图 on the process definition diagram (cockpit.processDefinition.diagram.plugin): each stage
//    coloured by its median waiting time, green (short) to red (long), the figures on hover.
// Data: GET /api/supervision/bottlenecks and /api/supervision/heatmap (webapp session; supervision
// departments and administrators only, others get a Chinese 403 message, shown as it is).

const STYLE_ID = 'zhicheng-bottlenecks-style';

const CSS = `
.zc-bn { font-size: 13px; }
.zc-bn h3 { margin: 4px 0 10px; }
.zc-bn .zc-filters { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-bottom: 10px; }
.zc-bn .zc-filters label { font-weight: normal; margin: 0; }
.zc-bn .zc-filters select { margin-left: 4px; max-width: 260px; }
.zc-bn .zc-totals { margin: 6px 0 12px; }
.zc-bn .zc-totals span { display: inline-block; margin-right: 18px; }
.zc-bn .zc-totals b { font-size: 18px; }
.zc-bn .zc-process { border: 1px solid #ddd; border-radius: 3px; padding: 8px 10px; margin-bottom: 12px; }
.zc-bn .zc-process h4 { margin: 0 0 6px; }
.zc-bn .zc-process h4 small { color: #666; margin-left: 10px; font-weight: normal; }
.zc-bn table { width: 100%; border-collapse: collapse; margin-bottom: 4px; }
.zc-bn th, .zc-bn td { border-bottom: 1px solid #eee; padding: 3px 6px; text-align: left; vertical-align: top; }
.zc-bn td.num, .zc-bn th.num { text-align: right; white-space: nowrap; }
.zc-bn .zc-overdue { color: #c9302c; font-weight: bold; }
.zc-bn .zc-heat { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 4px; }
.zc-bn .zc-oldest a { display: block; white-space: nowrap; }
.zc-bn .zc-note { color: #777; font-size: 12px; }
.zc-bn .zc-error { color: #a94442; background: #f2dede; padding: 8px; border-radius: 3px; }
.zc-heatmap-tint { pointer-events: none; border-radius: 10px; }
.zc-heatmap-badge { pointer-events: auto; font-size: 11px; line-height: 14px; padding: 0 4px; border-radius: 3px;
  color: #fff; white-space: nowrap; cursor: help; box-shadow: 0 0 2px rgba(0,0,0,.4); }
.zc-heatmap-legend { position: absolute; left: 12px; bottom: 40px; background: rgba(255,255,255,.95); border: 1px solid #ccc;
  border-radius: 3px; padding: 6px 8px; font-size: 12px; z-index: 10; max-width: 300px; }
.zc-heatmap-legend .zc-bar { height: 10px; margin: 4px 0; border-radius: 2px;
  background: linear-gradient(to right, hsl(120,70%,42%), hsl(60,80%,45%), hsl(0,75%,48%)); }
.zc-heatmap-legend .zc-ends { display: flex; justify-content: space-between; }
`;

function ensureStyle() {
  if (!document.getElementById(STYLE_ID)) {
    const style = document.createElement('style');
    style.id = STYLE_ID;
    style.textContent = CSS;
    document.head.appendChild(style);
  }
}

// the application's root: the webapps live under app-root (e.g. /camunda), the API beside them
function apiRoot() {
  const base = document.querySelector('base');
  const appRoot = (base && base.getAttribute('app-root')) || '/camunda';
  return appRoot.replace(/\/[^/]*$/, '') + '/api/supervision';
}

async function load(path, params) {
  const query = new URLSearchParams();
  Object.entries(params || {}).forEach(([name, value]) => {
    if (value !== undefined && value !== null && value !== '') {
      query.set(name, value);
    }
  });
  const response = await fetch(apiRoot() + path + '?' + query.toString(), {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' }
  });
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    body = null;
  }
  if (!response.ok) {
    const message = body && body.message ? body.message : '加载失败（HTTP ' + response.status + '）';
    throw new Error(message);
  }
  return body;
}

export function duration(ms) {
  if (ms === null || ms === undefined) {
    return '—';
  }
  const minutes = Math.round(ms / 60000);
  if (minutes < 60) {
    return minutes + '分钟';
  }
  const hours = ms / 3600000;
  if (hours < 24) {
    return (Math.round(hours * 10) / 10) + '小时';
  }
  const days = ms / 86400000;
  return (Math.round(days * 10) / 10) + '天';
}

// green (0) → red (max)
function heatColour(ms, max, alpha) {
  const share = max > 0 && ms ? Math.min(1, ms / max) : 0;
  const hue = Math.round(120 * (1 - share));
  return alpha === undefined ? `hsl(${hue},75%,42%)` : `hsla(${hue},75%,45%,${alpha})`;
}

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value === undefined || value === null) {
      return;
    }
    if (name === 'class') {
      node.className = value;
    } else if (name === 'style') {
      node.setAttribute('style', value);
    } else {
      node.setAttribute(name, value);
    }
  });
  children.flat(Infinity).forEach(child => {
    if (child === null || child === undefined || child === false) {
      return;
    }
    node.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  });
  return node;
}

function link(href, text, title) {
  return href ? el('a', { href, title }, text) : el('span', {}, text);
}

function select(label, name, options, value, all) {
  const control = el('select', { name, class: 'form-control input-sm', style: 'display:inline-block;width:auto' },
    el('option', { value: '' }, all),
    options.map(option => {
      const item = el('option', { value: String(option.code) }, option.name);
      if (String(option.code) === String(value || '')) {
        item.selected = true;
      }
      return item;
    }));
  return el('label', {}, label, control);
}

// bars of the stages open at each week's end, with the figures in the tooltip
function trendChart(trend) {
  const width = 8 * 14;
  const height = 28;
  const max = Math.max(1, ...trend.map(week => week.openAtEnd));
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('width', width);
  svg.setAttribute('height', height);
  svg.setAttribute('role', 'img');
  trend.forEach((week, index) => {
    const bar = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
    const h = Math.max(1, Math.round((week.openAtEnd / max) * (height - 2)));
    bar.setAttribute('x', index * 14 + 1);
    bar.setAttribute('y', height - h);
    bar.setAttribute('width', 11);
    bar.setAttribute('height', h);
    bar.setAttribute('fill', week.openAtEnd ? '#5b8fc7' : '#ddd');
    const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
    title.textContent = `${week.weekStart} 起一周：新到 ${week.entered}，办结 ${week.completed}` +
      `（用时中位数 ${duration(week.medianDoneMs)}），周末在办 ${week.openAtEnd}`;
    bar.appendChild(title);
    svg.appendChild(bar);
  });
  return svg;
}

function processCard(process, maxMedian) {
  const rows = process.activities.map(activity => el('tr', {},
    el('td', {},
      el('span', { class: 'zc-heat', style: 'background:' + heatColour(activity.medianWaitMs || activity.medianDoneMs, maxMedian) }),
      link(activity.link, activity.name, '在 Cockpit 中查看停留在此环节的流程实例')),
    el('td', { class: 'num' }, link(activity.link, String(activity.open))),
    el('td', { class: 'num' }, duration(activity.medianWaitMs)),
    el('td', { class: 'num' }, duration(activity.p90WaitMs)),
    el('td', { class: 'num' }, activity.overdue
      ? el('span', { class: 'zc-overdue' }, link(activity.link, String(activity.overdue)),
        activity.maxOverdueWorkingDays !== null ? `（最长${activity.maxOverdueWorkingDays}个工作日）` : '')
      : '0'),
    el('td', { class: 'num' }, duration(activity.medianDoneMs)),
    el('td', {}, trendChart(activity.trend)),
    el('td', { class: 'zc-oldest' }, activity.oldest.map(item => link(item.link,
      `${item.businessKey || item.processInstanceId}（${duration(item.waitingMs)}${item.overdue ? '，已超期' : ''}）`,
      '打开流程实例')))));
  return el('div', { class: 'zc-process' },
    el('h4', {}, link(process.link, process.name),
      el('small', {}, `在办实例 ${process.runningInstances} · 在办环节 ${process.open} · 等待中位数 ${duration(process.medianWaitMs)}` +
        ` · P90 ${duration(process.p90WaitMs)} · 超期 ${process.overdue}`),
      el('span', { style: 'float:right' }, trendChart(process.trend))),
    el('table', {},
      el('thead', {}, el('tr', {},
        el('th', {}, '环节'), el('th', { class: 'num' }, '在办'), el('th', { class: 'num' }, '等待中位数'),
        el('th', { class: 'num' }, '等待P90'), el('th', { class: 'num' }, '超期'),
        el('th', { class: 'num' }, '近8周已办用时中位数'), el('th', {}, '近8周趋势'), el('th', {}, '等待最久'))),
      el('tbody', {}, rows)));
}

function backlogTable(backlog) {
  if (!backlog.length) {
    return el('p', { class: 'zc-note' }, '没有待办任务。');
  }
  return el('table', {},
    el('thead', {}, el('tr', {},
      el('th', {}, '部门待办箱'), el('th', {}, '类型'), el('th', { class: 'num' }, '待办'), el('th', { class: 'num' }, '超期'),
      el('th', { class: 'num' }, '最久等待'), el('th', {}, '所在环节'))),
    el('tbody', {}, backlog.map(inbox => el('tr', {},
      el('td', {}, inbox.name),
      el('td', {}, inbox.kind),
      el('td', { class: 'num' }, String(inbox.open)),
      el('td', { class: 'num' }, inbox.overdue ? el('span', { class: 'zc-overdue' }, String(inbox.overdue)) : '0'),
      el('td', { class: 'num' }, duration(inbox.oldestWaitMs)),
      el('td', {}, inbox.items.map((item, index) => [index ? '；' : '',
        link(item.link, `${item.processName}·${item.activityName} ${item.open}` + (item.overdue ? `（超期${item.overdue}）` : ''))]))))));
}

function renderDashboard(node) {
  ensureStyle();
  const state = {};
  const root = el('div', { class: 'zc-bn' });
  node.appendChild(root);

  async function refresh() {
    root.innerHTML = '';
    root.appendChild(el('h3', {}, '瓶颈监控'));
    root.appendChild(el('p', { class: 'zc-note' }, '正在加载……'));
    let report;
    try {
      report = await load('/bottlenecks', state);
    } catch (e) {
      root.innerHTML = '';
      root.appendChild(el('h3', {}, '瓶颈监控'));
      root.appendChild(el('div', { class: 'zc-error' }, e.message));
      return;
    }
    root.innerHTML = '';
    const filters = el('form', { class: 'zc-filters' },
      select('年度', 'year', report.options.years.map(year => ({ code: year, name: year + '年' })), state.year, '全部'),
      select('评委会', 'committee', report.options.committees, state.committee, '全部'),
      select('地区', 'region', report.options.regions, state.region, '全部'),
      select('类别', 'track', report.options.tracks, state.track, '全部'),
      select('流程', 'processKey', report.options.processes, state.processKey, '全部'),
      el('button', { type: 'submit', class: 'btn btn-default btn-sm' }, '刷新'));
    filters.addEventListener('change', event => {
      state[event.target.name] = event.target.value;
      refresh();
    });
    filters.addEventListener('submit', event => {
      event.preventDefault();
      refresh();
    });
    const maxMedian = Math.max(0, ...report.processes.flatMap(p => p.activities.map(a => a.medianWaitMs || a.medianDoneMs || 0)));
    root.appendChild(el('h3', {}, '瓶颈监控'));
    root.appendChild(filters);
    root.appendChild(el('div', { class: 'zc-totals' },
      el('span', {}, '在办流程实例 ', el('b', {}, String(report.totals.runningInstances))),
      el('span', {}, '在办环节 ', el('b', {}, String(report.totals.open))),
      el('span', {}, '已超期 ', el('b', { class: report.totals.overdue ? 'zc-overdue' : '' }, String(report.totals.overdue))),
      el('span', { class: 'zc-note' }, `统计时间 ${new Date(report.generatedAt).toLocaleString('zh-CN')}；趋势为 ${report.weeks[0]} 起 ${report.weeks.length} 周`)));
    if (!report.processes.length) {
      root.appendChild(el('p', { class: 'zc-note' }, '所选范围内没有在办或近8周办结的环节。'));
    }
    report.processes.forEach(process => root.appendChild(processCard(process, maxMedian)));
    root.appendChild(el('h4', {}, '各部门待办积压'));
    root.appendChild(backlogTable(report.backlog));
    root.appendChild(el('p', { class: 'zc-note' },
      '等待时间：环节开始至今（在办）；超期：已过办理期限（期限按工作日日历计算）；点击数字进入 Cockpit 查看对应流程实例。'));
  }

  refresh();
}

// the diagram overlay: each stage coloured by its median waiting time
function renderHeatmap(viewer, context) {
  ensureStyle();
  const fromHash = (window.location.hash.match(/process-definition\/([^/?]+)/) || [])[1];
  const definitionId = fromHash ? decodeURIComponent(fromHash) : context && context.processDefinitionId;
  if (!definitionId) {
    return;
  }
  const overlays = viewer.get('overlays');
  const registry = viewer.get('elementRegistry');
  const container = viewer.get('canvas').getContainer();
  load('/heatmap', { processDefinitionId: definitionId }).then(heatmap => {
    const figures = heatmap.activities
      .map(activity => ({ activity, value: activity.open ? activity.medianWaitMs : activity.medianDoneMs }))
      .filter(item => item.value !== null && item.value !== undefined && registry.get(item.activity.id));
    const max = Math.max(0, ...figures.map(item => item.value));
    figures.forEach(({ activity, value }) => {
      const shape = registry.get(activity.id);
      const tooltip = `${activity.name}：在办 ${activity.open}，等待中位数 ${duration(activity.medianWaitMs)}，` +
        `P90 ${duration(activity.p90WaitMs)}，超期 ${activity.overdue}；近8周已办用时中位数 ${duration(activity.medianDoneMs)}`;
      overlays.add(activity.id, 'zhicheng-heatmap', {
        position: { top: 0, left: 0 },
        html: `<div class="zc-heatmap-tint" style="width:${shape.width}px;height:${shape.height}px;background:${heatColour(value, max, 0.35)}"></div>`
      });
      const badge = document.createElement('div');
      badge.className = 'zc-heatmap-badge';
      badge.style.background = heatColour(value, max);
      badge.title = tooltip;
      badge.textContent = (activity.open ? '' : '已办 ') + duration(value);
      overlays.add(activity.id, 'zhicheng-heatmap', { position: { top: -16, right: 0 }, html: badge });
    });
    const legend = document.createElement('div');
    legend.className = 'zc-heatmap-legend';
    legend.innerHTML = '<b>瓶颈热力图</b><div>按等待时间中位数着色（在办；无在办时按近8周已办用时）</div>' +
      '<div class="zc-bar"></div><div class="zc-ends"><span>0</span><span>' + duration(max) + '</span></div>' +
      (figures.length ? '' : '<div>暂无数据</div>');
    container.appendChild(legend);
  }).catch(error => {
    const legend = document.createElement('div');
    legend.className = 'zc-heatmap-legend';
    legend.textContent = '瓶颈热力图：' + error.message;
    container.appendChild(legend);
  });
}

export default [
  {
    id: 'zhicheng-bottlenecks',
    pluginPoint: 'cockpit.dashboard',
    priority: 20,
    render: renderDashboard
  },
  {
    id: 'zhicheng-bottleneck-heatmap',
    pluginPoint: 'cockpit.processDefinition.diagram.plugin',
    priority: 10,
    render: renderHeatmap,
    unmount: () => {
      document.querySelectorAll('.zc-heatmap-legend').forEach(legend => legend.remove());
    }
  }
];
