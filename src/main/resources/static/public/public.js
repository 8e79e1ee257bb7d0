// 职称评审公开页面：只用 textContent 写入数据，不解释任何 HTML。
(function () {
  'use strict';

  function $(id) { return document.getElementById(id); }

  function cell(row, text) {
    var td = document.createElement('td');
    td.textContent = text == null ? '' : String(text);
    row.appendChild(td);
    return td;
  }

  function link(td, href, text) {
    td.textContent = '';
    var a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    td.appendChild(a);
  }

  function showError(message) {
    var error = $('error');
    error.textContent = message;
    error.hidden = false;
  }

  function getJson(url) {
    return fetch(url, { headers: { 'Accept': 'application/json' } }).then(function (response) {
      return response.json().then(function (body) {
        if (!response.ok) { throw new Error(body && body.message ? body.message : '加载失败（' + response.status + '）'); }
        return body;
      });
    });
  }

  function param(name) {
    return new URLSearchParams(window.location.search).get(name);
  }

  function index() {
    getJson('api/notices').then(function (notices) {
      var table = $('notices');
      var body = table.querySelector('tbody');
      notices.forEach(function (n) {
        var row = document.createElement('tr');
        link(cell(row, ''), 'notice.html?id=' + encodeURIComponent(n.id), n.committeeName);
        cell(row, n.reviewYear);
        cell(row, n.publishedOn);
        cell(row, n.windowClosesOn);
        cell(row, n.reviewDate);
        cell(row, n.acceptingApplications ? '受理申报中' : n.statusLabel);
        body.appendChild(row);
      });
      table.hidden = notices.length === 0;
      $('notices-empty').hidden = notices.length !== 0;
    }).catch(function (e) { showError(e.message); });
    getJson('api/publicity').then(function (list) {
      var table = $('publicities');
      var body = table.querySelector('tbody');
      list.forEach(function (p) {
        var row = document.createElement('tr');
        link(cell(row, ''), 'publicity.html?id=' + encodeURIComponent(p.id), p.title);
        cell(row, p.startsAt + ' 至 ' + p.endsAt + '（' + p.workingDays + '个工作日）');
        cell(row, p.acceptingComplaints ? '公示中，受理投诉' : p.statusLabel);
        body.appendChild(row);
      });
      table.hidden = list.length === 0;
      $('publicities-empty').hidden = list.length !== 0;
    }).catch(function (e) { showError(e.message); });
  }

  function notice() {
    getJson('api/notices/' + encodeURIComponent(param('id') || '-')).then(function (n) {
      $('title').textContent = n.committeeName + ' ' + n.reviewYear + '年度职称评审通知';
      document.querySelectorAll('[data-field]').forEach(function (dd) {
        dd.textContent = n[dd.getAttribute('data-field')] == null ? '' : String(n[dd.getAttribute('data-field')]);
      });
      $('notice').hidden = false;
    }).catch(function (e) { showError(e.message); });
  }

  function publicity() {
    var id = param('id') || '-';
    getJson('api/publicity/' + encodeURIComponent(id)).then(function (p) {
      $('title').textContent = p.title;
      $('period').textContent = '公示期：' + p.startsAt + ' 至 ' + p.endsAt + '（' + p.workingDays + '个工作日）；' + p.statusLabel;
      var table = $('entries');
      var body = table.querySelector('tbody');
      var select = $('entryNumber');
      p.entries.forEach(function (e) {
        var row = document.createElement('tr');
        [e.entryNumber, e.name, e.idNumber, e.unitName, e.series, e.specialty, e.level].forEach(function (v) { cell(row, v); });
        body.appendChild(row);
        var option = document.createElement('option');
        option.value = String(e.entryNumber);
        option.textContent = '第' + e.entryNumber + '号 ' + e.name + '（' + e.unitName + '）';
        select.appendChild(option);
      });
      table.hidden = p.entries.length === 0;
      if (p.removedCount > 0) {
        $('removed').textContent = '另有' + p.removedCount + '人经投诉查实已取消评审资格。';
        $('removed').hidden = false;
      }
      $('complaint-section').hidden = !p.acceptingComplaints;
      $('closed').hidden = p.acceptingComplaints;
    }).catch(function (e) { showError(e.message); });

    var content = $('content');
    content.addEventListener('input', function () { $('content-count').textContent = String(content.value.length); });
    $('complaint-form').addEventListener('submit', function (event) {
      event.preventDefault();
      var result = $('complaint-result');
      var entry = $('entryNumber').value;
      var body = {
        entryNumber: entry === '' ? null : Number(entry),
        complainantName: $('complainantName').value,
        complainantPhone: $('complainantPhone').value,
        content: content.value
      };
      fetch('api/publicity/' + encodeURIComponent(id) + '/complaints', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
        body: JSON.stringify(body)
      }).then(function (response) {
        return response.json().then(function (answer) {
          result.textContent = answer.message || ('提交失败（' + response.status + '）');
          result.className = response.ok ? 'ok' : 'error';
          result.hidden = false;
          if (response.ok) { $('complaint-form').reset(); $('content-count').textContent = '0'; }
        });
      }).catch(function () {
        result.textContent = '网络错误，请稍后再试';
        result.className = 'error';
        result.hidden = false;
      });
    });
  }

  var page = document.body.getAttribute('data-page');
  if (page === 'index') { index(); } else if (page === 'notice') { notice(); } else if (page === 'publicity') { publicity(); }
}());
