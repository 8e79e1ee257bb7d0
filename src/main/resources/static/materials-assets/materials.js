// The materials page (/materials/{applicationId}): lists, previews, uploads and deletes the evidence of an
// application through /api with the Tasklist login session. Every rule is enforced by the server; this
// page only shows what the server allows. Text from the server is always set as textContent.
(function () {
  'use strict';
  var applicationId = decodeURIComponent(location.pathname.split('/').filter(Boolean).pop());
  var api = '/api/applications/' + encodeURIComponent(applicationId);
  var kinds = {};

  function el(id) { return document.getElementById(id); }

  function show(text, ok) {
    var message = el('message');
    message.textContent = text;
    message.className = ok ? 'ok' : '';
    message.hidden = !text;
  }

  function request(method, url, body) {
    var headers = { 'Accept': 'application/json' };
    if (method !== 'GET') {
      headers['X-Requested-With'] = 'XMLHttpRequest';
    }
    return fetch(url, { method: method, credentials: 'same-origin', headers: headers, body: body })
      .then(function (response) {
        if (response.status === 204) {
          return null;
        }
        return response.json().catch(function () { return {}; }).then(function (data) {
          if (response.status === 401) {
            throw new Error('请先登录 Tasklist（任务列表），再从任务表单中打开本页。');
          }
          if (!response.ok) {
            throw new Error(data.message || ('请求失败（HTTP ' + response.status + '）'));
          }
          return data;
        });
      });
  }

  function cell(row, text) {
    var td = document.createElement('td');
    td.textContent = text;
    row.appendChild(td);
    return td;
  }

  function preview(item) {
    var body = el('preview-body');
    body.textContent = '';
    var url = '/api/attachments/' + encodeURIComponent(item.id) + '/content';
    var node;
    if (item.contentType === 'application/pdf') {
      node = document.createElement('iframe');
      node.title = item.fileName;
    } else {
      node = document.createElement('img');
      node.alt = item.fileName;
    }
    node.src = url;
    body.appendChild(node);
    el('preview-title').textContent = '预览：' + item.kindLabel + ' · ' + item.fileName;
    el('preview').hidden = false;
    el('preview').scrollIntoView();
  }

  function render(data) {
    el('summary').textContent = '申报人 ' + data.applicant + '　' + data.reviewYear + ' 年度　' + data.target
      + '　状态：' + data.statusLabel;
    el('form-pdf').href = api + '/form.pdf';
    var select = el('kind');
    if (!select.options.length) {
      data.kinds.forEach(function (kind) {
        kinds[kind.kind] = kind;
        var option = document.createElement('option');
        option.value = kind.kind;
        option.textContent = kind.label + '（' + kind.rule + '）';
        select.appendChild(option);
      });
      select.addEventListener('change', limit);
      limit();
    }
    el('upload').hidden = !data.mayUpload;
    el('closed').hidden = data.mayUpload;
    el('closed').textContent = data.mayUpload ? '' : '当前状态下您不能上传材料：只有申报单位的工作人员在资格审查开始前（或评委会办公室复核期间）可以上传。';
    var tbody = el('list').querySelector('tbody');
    tbody.textContent = '';
    data.attachments.forEach(function (item) {
      var row = document.createElement('tr');
      cell(row, item.kindLabel);
      cell(row, item.fileName);
      cell(row, item.contentType === 'application/pdf' ? 'PDF' : item.contentType === 'image/png' ? 'PNG' : 'JPEG');
      cell(row, item.sizeLabel);
      cell(row, item.uploadedBy);
      cell(row, item.uploadedAt || '');
      var actions = cell(row, '');
      var view = document.createElement('button');
      view.type = 'button';
      view.textContent = '预览';
      view.addEventListener('click', function () { preview(item); });
      actions.appendChild(view);
      var download = document.createElement('a');
      download.href = '/api/attachments/' + encodeURIComponent(item.id) + '/content?download=true';
      download.textContent = '下载';
      actions.appendChild(download);
      if (data.mayDelete) {
        var remove = document.createElement('button');
        remove.type = 'button';
        remove.textContent = '删除';
        remove.addEventListener('click', function () {
          if (!confirm('删除“' + item.fileName + '”？删除后原件仍留存备查。')) {
            return;
          }
          request('DELETE', '/api/attachments/' + encodeURIComponent(item.id))
            .then(function () { show('已删除：' + item.fileName, true); return load(); })
            .catch(function (error) { show(error.message); });
        });
        actions.appendChild(remove);
      }
      tbody.appendChild(row);
    });
    el('empty').hidden = data.attachments.length > 0;
  }

  function limit() {
    var kind = kinds[el('kind').value];
    el('limit').textContent = kind ? '单个文件不超过 ' + kind.maxSize + '，格式：' + kind.formats.join('、') : '';
  }

  function load() {
    return request('GET', api + '/attachments').then(render).catch(function (error) { show(error.message); });
  }

  el('upload-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var file = el('file').files[0];
    if (!file) {
      show('请选择要上传的文件');
      return;
    }
    var form = new FormData();
    form.append('kind', el('kind').value);
    form.append('file', file);
    show('正在上传……', true);
    request('POST', api + '/attachments', form)
      .then(function (item) {
        show('已上传：' + item.kindLabel + ' · ' + item.fileName + '（' + item.sizeLabel + '）', true);
        el('file').value = '';
        return load();
      })
      .catch(function (error) { show(error.message); });
  });

  load();
}());
