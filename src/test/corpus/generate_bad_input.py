#!/usr/bin/env python3
"""Writes src/test/resources/bad-input/corpus.jsonl (issue 10 item 3). Run from the repository root:
python3 src/test/corpus/generate_bad_input.py. Cases can also be added to the .jsonl by hand (one JSON
object per line; fields documented in BadInputCorpusTest)."""
import json

cases = []


def case(name, method, path, user, **kw):
    c = {"name": name, "method": method, "path": path, "user": user}
    c.update(kw)
    cases.append(c)


R = lambda text, times: {"$repeat": text, "times": times}

# ---------------------------------------------------------------- application form (/api/applications, precheck)
form_cases = [
    ("身份证校验码错误", {"idNumber": "532930198803155011"}, []),
    ("身份证17位", {"idNumber": "53293019880315501"}, []),
    ("身份证19位", {"idNumber": "5329301988031550111"}, []),
    ("身份证含字母", {"idNumber": "53293019880315A01X"}, []),
    ("身份证出生日期不存在", {"idNumber": "532930198802305017"}, []),
    ("身份证出生在未来", {"idNumber": "532930209901015013"}, []),
    ("身份证为数字类型", {"idNumber": 532930198803155011}, []),
    ("身份证为空", {"idNumber": ""}, []),
    ("身份证为null", {"idNumber": None}, []),
    ("身份证含SQL", {"idNumber": "' OR '1'='1"}, []),
    ("身份证含脚本", {"idNumber": "<script>alert(1)</script>"}, []),
    ("身份证超长", {"idNumber": R("5", 5000)}, []),
    ("缺少姓名", {}, ["name"]),
    ("姓名为空白", {"name": "   "}, []),
    ("姓名含脚本", {"name": "<script>alert('x')</script>"}, []),
    ("姓名含HTML", {"name": "<b>杨丽芬</b>"}, []),
    ("姓名超长", {"name": R("杨", 5000)}, []),
    ("姓名为对象", {"name": {"first": "丽芬"}}, []),
    ("申报年度为文字", {"reviewYear": "明年"}, []),
    ("申报年度1800", {"reviewYear": 1800}, []),
    ("申报年度99999", {"reviewYear": 99999}, []),
    ("申报年度为负数", {"reviewYear": -1}, []),
    ("申报年度为小数", {"reviewYear": 2027.5}, []),
    ("缺少申报年度", {}, ["reviewYear"]),
    ("评委会不存在", {"committeeCode": "NOPE"}, []),
    ("评委会含SQL", {"committeeCode": "EYTEACHERINT' OR '1'='1"}, []),
    ("缺少评委会", {}, ["committeeCode"]),
    ("评审通道不存在", {"track": "VIP"}, []),
    ("评审通道为数字", {"track": 3}, []),
    ("信用代码校验位错误", {"unitCreditCode": "125329304310123377"}, []),
    ("信用代码17位", {"unitCreditCode": "12532930431012337"}, []),
    ("信用代码含SQL", {"unitCreditCode": "1'; DROP TABLE zc_application; --"}, []),
    ("其他单位信用代码", {"unitCreditCode": "12532930431013700B"}, []),
    ("地区代码不存在", {"regionCode": "999999"}, []),
    ("用人性质不存在", {"employmentKind": "ALIEN"}, []),
    ("学历不存在", {"education": "KINDERGARTEN"}, []),
    ("毕业日期不存在", {"graduationDate": "2010-02-30"}, []),
    ("毕业日期格式错", {"graduationDate": "2010/07/01"}, []),
    ("毕业日期为文字", {"graduationDate": "去年夏天"}, []),
    ("毕业日期9999年", {"graduationDate": "9999-12-31"}, []),
    ("毕业日期为数字", {"graduationDate": 20100701}, []),
    ("参加工作早于出生", {"workStartDate": "1970-01-01"}, []),
    ("参加工作在未来", {"workStartDate": "2099-01-01"}, []),
    ("参加工作日期含SQL", {"workStartDate": "2010-08-01'--"}, []),
    ("现职称日期不存在", {"currentTitleDate": "2011-13-01"}, []),
    ("申报级别不存在", {"targetLevel": "EMPEROR"}, []),
    ("缺少申报级别", {}, ["targetLevel"]),
    ("申报级别为数组", {"targetLevel": ["INTERMEDIATE"]}, []),
    ("工作总结2001字", {"workSummary": R("字", 2001)}, []),
    ("工作总结一百万字", {"workSummary": R("字", 1000000)}, []),
    ("工作总结含脚本", {"workSummary": "教学<script>document.cookie</script>"}, []),
    ("工作总结含img onerror", {"workSummary": "<img src=x onerror=alert(1)>"}, []),
    ("缺少工作总结", {}, ["workSummary"]),
    ("基层年限为负", {"yearsAtBaseLevel": -1}, []),
    ("基层年限为文字", {"yearsAtBaseLevel": "十年"}, []),
    ("基层年限1000", {"yearsAtBaseLevel": 1000}, []),
    ("农村服务年限为布尔", {"ruralServiceYears": True}, []),
    ("处分类型不存在", {"punishmentKind": "JAIL"}, []),
    ("学习经历不是列表", {"studyHistory": "大理大学"}, []),
    ("学习经历为字符串列表", {"studyHistory": ["大理大学"]}, []),
    ("学习经历日期不存在", {"studyHistory": [{"from": "2006-02-31", "to": "2010-07-01", "organisation": "大理大学", "description": "本科"}]}, []),
    ("工作经历含脚本", {"workHistory": [{"from": "2010-08-01", "organisation": "<script>x</script>", "description": "教师"}]}, []),
    ("奖励日期格式错", {"awards": [{"date": "前年", "title": "优秀教师", "level": "县级"}]}, []),
    ("年度考核结果不存在", {"annualAssessments": [{"year": 2024, "result": "GODLIKE"}]}, []),
    ("年度考核年份为文字", {"annualAssessments": [{"year": "去年", "result": "COMPETENT"}]}, []),
    ("继续教育学时为负", {"continuingEducation": [{"year": 2025, "hours": -90, "content": "培训"}]}, []),
    ("继续教育学时为文字", {"continuingEducation": [{"year": 2025, "hours": "很多", "content": "培训"}]}, []),
    ("电话含脚本", {"phone": "<script>1</script>"}, []),
]
for name, changes, removes in form_cases:
    case("申报：" + name, "POST", "/api/applications", "ey1z", base="FORM", set=changes, remove=removes,
         tables=["zc_application"])
for name, changes, removes in form_cases[::4]:
    case("预审：" + name, "POST", "/api/qualification/precheck", "ey1z", base="FORM", set=changes, remove=removes)

# raw bodies, content types and methods
for path, user in [("/api/applications", "ey1z"), ("/api/qualification/precheck", "ey1z"), ("/api/cycles", "eyzgb"),
                   ("/api/plans", "eyrsj"), ("/api/organisations", "demo"), ("/api/meetings/none/ballot", "expert01"),
                   ("/public/api/publicity/{publicity}/complaints", None)]:
    case("非JSON内容 " + path, "POST", path, user, raw="这不是JSON", contentType="application/json", clock="2024-07-02T10:00:00")
    case("截断的JSON " + path, "POST", path, user, raw='{"name": "杨', contentType="application/json", clock="2024-07-02T10:00:00")
    case("空请求体 " + path, "POST", path, user, raw="", contentType="application/json", clock="2024-07-02T10:00:00")
    case("JSON数组 " + path, "POST", path, user, raw="[1,2,3]", contentType="application/json", clock="2024-07-02T10:00:00")
    case("纯文本类型 " + path, "POST", path, user, raw="name=杨丽芬", contentType="text/plain", clock="2024-07-02T10:00:00")
    case("XML类型 " + path, "POST", path, user, raw="<application><name>杨丽芬</name></application>",
         contentType="application/xml", clock="2024-07-02T10:00:00")
    case("表单编码 " + path, "POST", path, user, raw="name=%E6%9D%A8", contentType="application/x-www-form-urlencoded",
         clock="2024-07-02T10:00:00")
case("JSON null 申报", "POST", "/api/applications", "ey1z", raw="null", contentType="application/json")
case("JSON数字 申报", "POST", "/api/applications", "ey1z", raw="42", contentType="application/json")
case("深层嵌套JSON 申报", "POST", "/api/applications", "ey1z", raw="[" * 5000 + "]" * 5000, contentType="application/json")
case("5MB垃圾JSON 申报", "POST", "/api/applications", "ey1z", rawRepeat={"prefix": '{"workSummary":"', "text": "x", "times": 5000000, "suffix": '"}'},
     contentType="application/json")
case("PUT 申报列表", "PUT", "/api/applications", "ey1z", body={})
case("DELETE 申报", "DELETE", "/api/applications/{a1}", "ey1z")
case("PATCH 申报", "PATCH", "/api/applications/{a1}", "ey1z", body={"status": "QUALIFIED"})
case("撤回不存在的申报", "POST", "/api/applications/no-such-id/withdraw", "ey1z", body={})
case("撤回含SQL的ID", "POST", "/api/applications/' OR '1'='1/withdraw".replace("'", "%27").replace(" ", "%20"), "ey1z", body={})
# Tomcat refuses an encoded slash before any servlet runs (400, its own page): "container" cases need no Chinese
case("读取路径穿越ID", "GET", "/api/applications/..%2F..%2Fetc%2Fpasswd", "ey1z", container=True)
case("读取超长ID", "GET", "/api/applications/" + "a" * 3000, "ey1z")
case("申报表PDF不存在", "GET", "/api/applications/no-such-id/form.pdf", "ey1z")

# ---------------------------------------------------------------- attachments and imports (multipart)
PDF = {"name": "file", "filename": "diploma.pdf", "contentType": "application/pdf", "content": "PDF"}
def upload(name, fields, file, user="ey1z", path="/api/applications/{a1}/attachments", tables=("zc_attachment",)):
    case("证明材料：" + name, "POST", path, user, multipart={"fields": fields, "file": file}, tables=list(tables))
upload("缺少种类", {}, PDF)
upload("种类不存在", {"kind": "PASSPORT"}, PDF)
upload("种类含SQL", {"kind": "DIPLOMA' OR 1=1 --"}, PDF)
upload("缺少文件", {"kind": "DIPLOMA"}, None)
upload("空文件", {"kind": "DIPLOMA"}, {"name": "file", "filename": "empty.pdf", "contentType": "application/pdf", "content": "EMPTY"})
upload("改名的exe", {"kind": "DIPLOMA"}, {"name": "file", "filename": "diploma.pdf", "contentType": "application/pdf", "content": "EXE"})
upload("HTML冒充PDF", {"kind": "DIPLOMA"}, {"name": "file", "filename": "diploma.pdf", "contentType": "application/pdf", "content": "TEXT:<html><script>alert(1)</script></html>"})
upload("文件名含脚本", {"kind": "DIPLOMA"}, {"name": "file", "filename": "<script>alert(1)</script>.exe", "contentType": "application/octet-stream", "content": "EXE"})
upload("超过种类上限", {"kind": "DIPLOMA"}, {"name": "file", "filename": "big.pdf", "contentType": "application/pdf", "content": "PDF_SIZE:5300000"})
upload("超过上传上限", {"kind": "OTHER"}, {"name": "file", "filename": "huge.pdf", "contentType": "application/pdf", "content": "PDF_SIZE:27000000"})
upload("PUBLICATION只收PDF", {"kind": "PUBLICATION"}, {"name": "file", "filename": "p.png", "contentType": "image/png", "content": "PNG"})
upload("他人申报", {"kind": "DIPLOMA"}, PDF, path="/api/applications/{a2}/attachments")
upload("申报不存在", {"kind": "DIPLOMA"}, PDF, path="/api/applications/no-such-id/attachments")
case("证明材料：JSON上传", "POST", "/api/applications/{a1}/attachments", "ey1z", body={"kind": "DIPLOMA", "file": "JVBERi0="}, tables=["zc_attachment"])
case("证明材料：删除不存在", "DELETE", "/api/attachments/no-such-id", "ey1z")
case("证明材料：读取不存在", "GET", "/api/attachments/no-such-id/content", "ey1z")
case("证明材料：download非布尔", "GET", "/api/attachments/{attachment}/content?download=maybe", "ey1z")
for path, user in [("/api/imports/applicants", "ey1z"), ("/api/imports/experts", "eyzgb"), ("/api/plans/import", "eyrsj")]:
    t = ["zc_application", "zc_person", "zc_expert", "zc_annual_plan"]
    case("导入：不是xlsx " + path, "POST", path, user, multipart={"fields": {}, "file": {"name": "file", "filename": "list.xlsx", "contentType": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "content": "TEXT:姓名,身份证号\n杨丽芬,532930198803155011"}}, tables=t)
    case("导入：空文件 " + path, "POST", path, user, multipart={"fields": {}, "file": {"name": "file", "filename": "list.xlsx", "contentType": "application/octet-stream", "content": "EMPTY"}}, tables=t)
    case("导入：exe " + path, "POST", path, user, multipart={"fields": {}, "file": {"name": "file", "filename": "list.xlsx", "contentType": "application/octet-stream", "content": "EXE"}}, tables=t)
    case("导入：PDF " + path, "POST", path, user, multipart={"fields": {}, "file": PDF}, tables=t)
    case("导入：缺少文件 " + path, "POST", path, user, multipart={"fields": {"title": "x"}, "file": None}, tables=t)
    case("导入：JSON类型 " + path, "POST", path, user, body={"rows": []}, tables=t)

# ---------------------------------------------------------------- review cycles, plans, organisation, pools, meetings
cyc = lambda name, body: case("评审周期：" + name, "POST", "/api/cycles", "eyzgb", body=body, tables=["zc_review_cycle"])
cyc("年度1900", {"committeeCode": "EYTEACHERINT", "reviewYear": 1900})
cyc("年度为文字", {"committeeCode": "EYTEACHERINT", "reviewYear": "明年"})
cyc("年度99999", {"committeeCode": "EYTEACHERINT", "reviewYear": 99999})
cyc("缺少年度", {"committeeCode": "EYTEACHERINT"})
cyc("缺少评委会", {"reviewYear": 2027})
cyc("评委会不存在", {"committeeCode": "NOPE", "reviewYear": 2027})
cyc("评委会含SQL", {"committeeCode": "' OR 1=1 --", "reviewYear": 2027})
cyc("评委会含脚本", {"committeeCode": "<script>alert(1)</script>", "reviewYear": 2027})
cyc("本年度已发起", {"committeeCode": "EYTEACHERINT", "reviewYear": "{year}"})
case("评审周期：不存在", "GET", "/api/cycles/no-such-cycle", "eyzgb")
plan = lambda name, body: case("年度计划：" + name, "POST", "/api/plans", "eyrsj", body=body, tables=["zc_annual_plan"])
plan("年度1999", {"planYear": 1999, "ownerCreditCode": "11532930431004118M", "rows": [{"committeeCode": "EYTEACHERINT"}]})
plan("年度为文字", {"planYear": "明年", "ownerCreditCode": "11532930431004118M", "rows": []})
plan("没有行", {"planYear": 2031, "ownerCreditCode": "11532930431004118M", "rows": []})
plan("部门不存在", {"planYear": 2031, "ownerCreditCode": "123456789012345678", "rows": [{}]})
plan("部门不是人社", {"planYear": 2031, "ownerCreditCode": "125329304310123376", "rows": [{}]})
plan("行为空对象", {"planYear": 2031, "ownerCreditCode": "11532930431004118M", "rows": [{}]})
plan("行不是列表", {"planYear": 2031, "ownerCreditCode": "11532930431004118M", "rows": "全部"})
plan("标题含脚本", {"planYear": 2031, "ownerCreditCode": "11532930431004118M", "title": "<script>x</script>", "rows": [{}]})
plan("标题超长", {"planYear": 2031, "ownerCreditCode": "11532930431004118M", "title": R("计", 300), "rows": [{}]})
case("年度计划：年度为文字", "GET", "/api/plans/abc", "eyjjz")
case("年度计划：进度年度为文字", "GET", "/api/plans/abc/schedule", "eyjjz")
case("年度计划：年度溢出", "GET", "/api/plans/99999999999/schedule", "eyjjz")
ORG = {"creditCode": "125329304310999996", "name": "测试学校", "kind": "UNIT", "regionCode": "532930",
       "parentCreditCode": "11532930431008223R", "unitLevel": "COUNTY"}
def org(name, changes, removes=()):
    body = dict(ORG); body.update(changes)
    for r in removes: body.pop(r, None)
    case("机构：" + name, "POST", "/api/organisations", "demo", body=body, tables=["zc_organisation"])
org("信用代码校验位错误", {"creditCode": "125329304310123377"})
org("信用代码17位", {"creditCode": "12532930431012337"})
org("信用代码含小写", {"creditCode": "12532930431013700b"})
org("信用代码含SQL", {"creditCode": "1' OR '1'='1'--abcd"})
org("缺少名称", {}, ["name"])
org("名称含脚本", {"creditCode": "125329304310123376", "name": "<script>alert(1)</script>"})
org("种类不存在", {"kind": "EMPIRE"})
org("地区不存在", {"regionCode": "000000"})
org("名称超长", {"name": R("校", 1000)})
case("机构：修改时名称含HTML", "PUT", "/api/organisations/125329304310123376", "demo", body=dict(ORG, name="<b>洱源一中</b>"), tables=["zc_organisation"])
case("机构：修改时信用代码已存在于新建", "POST", "/api/organisations", "demo", body=dict(ORG, creditCode="125329304310123376", name="洱源县第一中学"), tables=["zc_organisation"])
case("机构：修改时请求体为null", "PUT", "/api/organisations/125329304310123376", "demo", raw="null", contentType="application/json")
case("机构：查询不存在", "GET", "/api/organisations/' OR 1=1".replace("'", "%27").replace(" ", "%20"), "ey1z")
case("专家库：评委会不存在", "GET", "/api/committees/NOPE/pool", "eyzgb")
case("专家库：年度为文字", "GET", "/api/committees/EYTEACHERINT/pool?year=abc", "eyzgb")
for name, body in [("备用人数为负", {"alternateCount": -1}), ("备用人数为文字", {"alternateCount": "五"}),
                   ("备用人数过大", {"alternateCount": 100000}), ("备用人数为小数", {"alternateCount": 1.5})]:
    case("抽取设置：" + name, "PUT", "/api/committees/EYTEACHERINT/draw-settings", "eyzgb", body=body, tables=["zc_committee"])
case("抽取设置：JSON null", "PUT", "/api/committees/EYTEACHERINT/draw-settings", "eyzgb", raw="null", contentType="application/json")
case("专家导入：空", "POST", "/api/experts/import", "eyzgb", body={}, tables=["zc_expert"])
case("专家导入：JSON null", "POST", "/api/experts/import", "eyzgb", raw="null", contentType="application/json", tables=["zc_expert"])
for name, body in [("缺少关系", {}), ("关系种类不存在", {"kind": "ENEMY", "applicantIdNumber": "532930198803155011"}),
                   ("身份证错误", {"kind": "RELATIVE", "applicantIdNumber": "532930198803155011", "applicantName": "杨丽芬"}),
                   ("姓名含脚本", {"kind": "RELATIVE", "applicantName": "<script>1</script>"})]:
    case("利害关系：" + name, "POST", "/api/experts/expert01/relations", "eyzgb", body=body, tables=["zc_expert_relation"])
for name, body in [("每人评审专家为负", {"reviewersPerApplicant": -3}), ("每人评审专家为文字", {"reviewersPerApplicant": "三"}),
                   ("通过率超过100", {"reviewersPerApplicant": 3, "scoring": False, "passRateCapGeneral": 500}),
                   ("评分为文字", {"reviewersPerApplicant": 3, "scoring": "是"})]:
    case("会议设置：" + name, "PUT", "/api/committees/EYTEACHERINT/meeting-settings", "eyzgb", body=body)
case("会议设置：JSON null", "PUT", "/api/committees/EYTEACHERINT/meeting-settings", "eyzgb", raw="null", contentType="application/json")
case("投票：会议不存在", "POST", "/api/meetings/no-such/ballot", "expert01", body={"choices": {"x": "YES"}})
case("投票：选项错误", "POST", "/api/meetings/no-such/ballot", "expert01", body={"choices": {"x": "MAYBE"}})
case("投票：choices为文字", "POST", "/api/meetings/no-such/ballot", "expert01", body={"choices": "全部同意"})
case("会议：不存在", "GET", "/api/meetings/no-such", "eyzgb")
case("会议纪要：不存在", "GET", "/api/meetings/no-such/minutes", "eyzgb")
case("抽取：不存在", "GET", "/api/draws/no-such", "eyzgb")
case("抽取核验：不存在", "GET", "/api/draws/no-such/verification", "eyzgb")
case("导出：种类不存在", "GET", "/api/exports/secrets?year=2027", "eyzgb")
case("导出：年度为文字", "GET", "/api/exports/applications?year=abc", "eyzgb")
case("导出：年度含SQL", "GET", "/api/exports/applications?year=2027%27%20OR%201=1", "eyzgb")

# ---------------------------------------------------------------- calendar
for name, query in [("from非日期", "from=abc&add=3"), ("add非数字", "from=2024-10-08&add=三"), ("add过大", "from=2024-10-08&add=100000000"),
                    ("add为负过大", "from=2024-10-08&add=-100000000"), ("缺少参数", ""), ("日期不存在", "from=2024-02-30&add=1"),
                    ("to非日期", "from=2024-10-08&to=明天"), ("年份10000", "from=10000-01-01&add=1"), ("from含SQL", "from=2024-10-08%27--&add=1"),
                    ("同时给add和to", "from=2024-10-08&add=1&to=2024-10-10")]:
    case("日历：" + name, "GET", "/api/calendar/working-days?" + query, "ey1z")
for name, day in [("月份13", "2024-13-01"), ("文字", "today"), ("脚本", "%3Cscript%3E"), ("年份0", "0000-01-01")]:
    case("日历日：" + name, "GET", "/api/calendar/days/" + day, "ey1z")

# ---------------------------------------------------------------- public pages and the complaint form
COMPLAINT = {"entryNumber": 1, "complainantName": "王明", "complainantPhone": "13908721234", "content": "该申报人的县级优秀教师证书系伪造，请核实。"}
def complaint(name, changes, removes=()):
    case("投诉：" + name, "POST", "/public/api/publicity/{publicity}/complaints", None, base="COMPLAINT", set=changes,
         remove=list(removes), clock="2024-07-02T10:00:00", tables=["zc_complaint"])
complaint("缺少姓名", {}, ["complainantName"])
complaint("姓名空白", {"complainantName": "   "})
complaint("姓名含HTML", {"complainantName": "<b>王</b>"})
complaint("姓名超长", {"complainantName": R("王", 500)})
complaint("缺少电话", {}, ["complainantPhone"])
complaint("电话含字母", {"complainantPhone": "call me"})
complaint("电话含SQL", {"complainantPhone": "1390' OR '1'='1"})
complaint("电话超长", {"complainantPhone": R("1", 200)})
complaint("缺少内容", {}, ["content"])
complaint("内容2001字", {"content": R("查", 2001)})
complaint("内容9000字", {"content": R("查", 9000)})
complaint("内容含脚本", {"content": "<script>alert(1)</script>"})
complaint("内容含iframe", {"content": "<iframe src=//evil></iframe>"})
complaint("内容含控制字符", {"content": "投诉\u0000内容"})
complaint("序号不存在", {"entryNumber": 99})
complaint("序号为负", {"entryNumber": -1})
complaint("序号为文字", {"entryNumber": "第一"})
complaint("序号为对象", {"entryNumber": {"n": 1}})
complaint("内容为数组", {"content": ["伪造", "证书"]})
case("投诉：公示不存在", "POST", "/public/api/publicity/no-such/complaints", None, base="COMPLAINT", clock="2024-07-02T10:00:00")
case("投诉：ID含脚本", "POST", "/public/api/publicity/%3Cscript%3E/complaints", None, base="COMPLAINT", clock="2024-07-02T10:00:00")
case("公示：不存在", "GET", "/public/api/publicity/no-such", None)
case("公告：不存在", "GET", "/public/api/notices/no-such", None)
case("公告：ID含SQL", "GET", "/public/api/notices/%27%20OR%201=1", None)
case("公示：DELETE", "DELETE", "/public/api/publicity/{publicity}", None)

# ---------------------------------------------------------------- Tasklist form submissions (engine REST)
BALLOT = {"ballotMethod": "述职并无记名投票", "ballotVoterScope": "全体在编在岗职工", "ballotAttendees": 30, "ballotYes": 25}
RECOMMEND = {"unitRecommends": True, "unitOpinion": "经测评和公示，同意推荐。"}
DEPT = {"competentDeptDecision": "APPROVE", "competentDeptOpinion": "同意报送。"}
NOTICE = {"basis": "《职称评审管理暂行规定》", "reviewScope": "洱源县中小学在职在岗教师", "specialties": "语文、数学",
          "reviewDate": "{year}-09-20", "publicityMethod": "在本平台公示不少于5个工作日", "materials": "申报评审表及证明材料",
          "contactAddress": "洱源县人社局三楼", "contactPhone": "0872-5121234", "windowClosesOn": "{year}-06-28"}
def task(name, task, user, base, changes, removes=(), action="complete"):
    case("任务表单：" + name, "POST", "/engine-rest/task/{" + task + "}/" + action, user, base=base, set=changes,
         remove=list(removes), engine=True, tables=["zc_application", "zc_review_cycle", "zc_complaint", "zc_plan"])
for action in ["complete", "submit-form"]:
    task("测评缺少方式 " + action, "a1task", "ey1z", "BALLOT", {}, ["ballotMethod"], action)
    task("测评方式不在选项中 " + action, "a1task", "ey1z", "BALLOT", {"ballotMethod": "抓阄"}, (), action)
    task("测评赞成票多于参加人数 " + action, "a1task", "ey1z", "BALLOT", {"ballotYes": 31}, (), action)
    task("测评参加人数为0 " + action, "a1task", "ey1z", "BALLOT", {"ballotAttendees": 0}, (), action)
    task("测评赞成票为负 " + action, "a1task", "ey1z", "BALLOT", {"ballotYes": -1}, (), action)
    task("测评人数为文字 " + action, "a1task", "ey1z", "BALLOT", {"ballotAttendees": {"value": "三十", "type": "String"}}, (), action)
    task("测评人数类型错 " + action, "a1task", "ey1z", "BALLOT", {"ballotAttendees": {"value": "三十", "type": "Integer"}}, (), action)
    task("测评范围含脚本 " + action, "a1task", "ey1z", "BALLOT", {"ballotVoterScope": "<script>alert(1)</script>"}, (), action)
    task("测评范围超长 " + action, "a1task", "ey1z", "BALLOT", {"ballotVoterScope": R("职", 129)}, (), action)
    task("测评人数过大 " + action, "a1task", "ey1z", "BALLOT", {"ballotAttendees": 100001, "ballotYes": 100001}, (), action)
    task("推荐缺少意见 " + action, "a4task", "ey1z", "RECOMMEND", {}, ["unitOpinion"], action)
    task("推荐缺少结论 " + action, "a4task", "ey1z", "RECOMMEND", {}, ["unitRecommends"], action)
    task("推荐结论为文字 " + action, "a4task", "ey1z", "RECOMMEND", {"unitRecommends": "同意"}, (), action)
    task("推荐意见超长 " + action, "a4task", "ey1z", "RECOMMEND", {"unitOpinion": R("同", 1001)}, (), action)
    task("推荐意见含脚本 " + action, "a4task", "ey1z", "RECOMMEND", {"unitOpinion": "<img src=x onerror=alert(1)>"}, (), action)
    task("主管部门结论不存在 " + action, "a3task", "eyjtj", "DEPT", {"competentDeptDecision": "MAYBE"}, (), action)
    task("主管部门缺少结论 " + action, "a3task", "eyjtj", "DEPT", {}, ["competentDeptDecision"], action)
    task("主管部门缺少意见 " + action, "a3task", "eyjtj", "DEPT", {}, ["competentDeptOpinion"], action)
    task("主管部门意见超长 " + action, "a3task", "eyjtj", "DEPT", {"competentDeptOpinion": R("意", 1001)}, (), action)
    task("主管部门意见含SQL和脚本 " + action, "a3task", "eyjtj", "DEPT", {"competentDeptOpinion": "'); DROP TABLE zc_application;--<script>"}, (), action)
    task("通知缺少依据 " + action, "cycleTask", "eyzgb", "NOTICE", {}, ["basis"], action)
    task("通知评审日期不存在 " + action, "cycleTask", "eyzgb", "NOTICE", {"reviewDate": "{year}-02-30"}, (), action)
    task("通知评审日期为文字 " + action, "cycleTask", "eyzgb", "NOTICE", {"reviewDate": "下个月"}, (), action)
    task("通知截止早于今天 " + action, "cycleTask", "eyzgb", "NOTICE", {"windowClosesOn": "2001-01-01"}, (), action)
    task("通知电话含字母 " + action, "cycleTask", "eyzgb", "NOTICE", {"contactPhone": "call me"}, (), action)
    task("通知地址含脚本 " + action, "cycleTask", "eyzgb", "NOTICE", {"contactAddress": "<script>x</script>"}, (), action)
    task("通知材料超长 " + action, "cycleTask", "eyzgb", "NOTICE", {"materials": R("材", 5001)}, (), action)
for action in ["complete", "submit-form"]:
    task("通知审核结论不存在 " + action, "approvalTask", "eyrsj", "APPROVAL", {"noticeDecision": "MAYBE"}, (), action)
    task("通知审核缺少结论 " + action, "approvalTask", "eyrsj", "APPROVAL", {}, ["noticeDecision"], action)
    task("通知审核缺少意见 " + action, "approvalTask", "eyrsj", "APPROVAL", {}, ["noticeOpinion"], action)
    task("通知审核意见超长 " + action, "approvalTask", "eyrsj", "APPROVAL", {"noticeOpinion": R("审", 1001)}, (), action)
    task("通知审核意见含脚本 " + action, "approvalTask", "eyrsj", "APPROVAL", {"noticeOpinion": "<script>alert(1)</script>"}, (), action)
    task("投诉处理结论不存在 " + action, "complaintTask", "eyzgb", "INVESTIGATION", {"complaintDecision": "IGNORED"}, (), action)
    task("投诉处理缺少结论 " + action, "complaintTask", "eyzgb", "INVESTIGATION", {}, ["complaintDecision"], action)
    task("投诉处理缺少理由 " + action, "complaintTask", "eyzgb", "INVESTIGATION", {}, ["complaintReason"], action)
    task("投诉处理理由超长 " + action, "complaintTask", "eyzgb", "INVESTIGATION", {"complaintReason": R("查", 1001)}, (), action)
    task("投诉处理结论为数字 " + action, "complaintTask", "eyzgb", "INVESTIGATION", {"complaintDecision": 1}, (), action)
    task("计划审批结论不存在 " + action, "planTask", "eyrsj", "PLAN", {"planDecision": "SHRUG"}, (), action)
    task("计划审批缺少结论 " + action, "planTask", "eyrsj", "PLAN", {}, ["planDecision"], action)
    task("计划审批意见超长 " + action, "planTask", "eyrsj", "PLAN", {"planOpinion": R("批", 1001)}, (), action)
    task("计划审批意见含脚本 " + action, "planTask", "eyrsj", "PLAN", {"planOpinion": "<img src=x onerror=1>"}, (), action)
case("任务表单：非JSON", "POST", "/engine-rest/task/{a1task}/complete", "ey1z", raw="{variables:", contentType="application/json", engine=True)
case("任务表单：纯文本类型", "POST", "/engine-rest/task/{a1task}/complete", "ey1z", raw="ballotYes=1", contentType="text/plain", engine=True)
case("任务表单：变量不是对象", "POST", "/engine-rest/task/{a1task}/complete", "ey1z", body={"variables": "全部"}, engine=True)
case("任务表单：任务不存在", "POST", "/engine-rest/task/no-such-task/complete", "ey1z", body={"variables": {}}, engine=True)
# the Tasklist start form of the application process
def start(name, changes, removes=()):
    case("申报启动表单：" + name, "POST", "/engine-rest/process-definition/key/application/submit-form", "ey1z",
         base="FORM_TASKLIST", set=changes, remove=list(removes), engine=True, tables=["zc_application"])
start("身份证校验码错误", {"idNumber": "532930198803155011"})
start("身份证含脚本", {"idNumber": "<script>"})
start("缺少姓名", {}, ["name"])
start("姓名含HTML", {"name": "<i>杨</i>"})
start("毕业日期不存在", {"graduationDate": "2010-02-30"})
start("工作总结2001字", {"workSummary": R("字", 2001)})
start("申报级别不存在", {"targetLevel": "EMPEROR"})
start("评委会含SQL", {"committeeCode": "' OR 1=1 --"})
start("基层年限类型错", {"yearsAtBaseLevel": {"value": "十", "type": "Integer"}})
start("考核结果不是JSON", {"annualAssessments": {"value": "[{", "type": "Json"}})
start("学习经历为文字", {"studyHistory": {"value": "大理大学", "type": "String"}})
# engine queries Tasklist sends
for name, query in [("dueAfter非日期", "dueAfter=明天"), ("maxResults非数字", "maxResults=many"), ("sortBy不存在", "sortBy=password&sortOrder=asc"),
                    ("sortOrder错误", "sortBy=created&sortOrder=sideways")]:
    case("任务查询：" + name, "GET", "/engine-rest/task?" + query, "ey1z", engine=True)

with open("src/test/resources/bad-input/corpus.jsonl", "w", encoding="utf-8") as out:
    for c in cases:
        out.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(cases), "cases")
