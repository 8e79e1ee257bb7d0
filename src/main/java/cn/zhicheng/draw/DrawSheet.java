package cn.zhicheng.draw;

import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * The draw as a printable page (抽取结果表), linked from the signing forms: result, candidates,
 * exclusions, signatures and the verification. Every value is HTML-escaped.
 */
final class DrawSheet {

	private DrawSheet() {
	}

	static String html(DrawView view, DrawVerification verification) {
		StringBuilder html = new StringBuilder(8192);
		html.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>评委会专家抽取结果</title>")
			.append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:1.5em}")
			.append("td,th{border:1px solid #999;padding:4px 8px;text-align:left}code{word-break:break-all}")
			.append(".ok{color:#070}.bad{color:#b00}</style></head><body>");
		html.append("<h1>评委会专家抽取结果</h1><p>会前不得公开（E7）。</p><table>");
		row(html, "评委会", view.committeeName() + "（" + view.committeeCode() + "）");
		row(html, "评审年度", String.valueOf(view.reviewYear()));
		row(html, "评审周期", view.cycleId());
		row(html, "抽取编号", view.id() + "（本周期第" + view.attempt() + "次抽取）");
		row(html, "状态", view.statusLabel());
		row(html, "评委 / 备用评委", view.memberCount() + " 人 / " + view.alternateCount() + " 人");
		row(html, "抽取时间 / 办理人", view.drawnAt() + " / " + view.drawnBy());
		row(html, "抽取算法", view.algorithm());
		row(html, "随机种子", view.seed());
		row(html, "结果摘要（SHA-256）", view.resultDigest());
		row(html, "签名链摘要（SHA-256）", view.digest());
		if (view.failureReason() != null) {
			row(html, "失败原因", view.failureReason());
		}
		html.append("</table>");
		drawn(html, "评委（按抽取顺序）", view.members());
		drawn(html, "备用评委（按递补顺序）", view.alternates());
		html.append("<h2>回避及未参加抽取的专家（E5、E6）</h2><table><tr><th>登录名</th><th>姓名</th><th>单位</th><th>原因</th></tr>");
		for (DrawView.Excluded x : view.exclusions()) {
			html.append("<tr>");
			cell(html, x.userId());
			cell(html, x.name());
			cell(html, x.employerName());
			cell(html, x.reasonLabel() + "：" + x.reason());
			html.append("</tr>");
		}
		html.append("</table>");
		drawn(html, "候选名单（抽取所依据的顺序）", view.candidates());
		html.append("<h2>签名（E2）</h2><table><tr><th>序号</th><th>身份</th><th>签名人</th><th>时间</th><th>意见</th></tr>");
		for (DrawView.Signed s : view.signatures()) {
			html.append("<tr>");
			cell(html, String.valueOf(s.seqNo()));
			cell(html, s.roleLabel());
			cell(html, (s.name() == null ? "" : s.name()) + "（" + s.userId() + "）");
			cell(html, s.signedAt());
			cell(html, s.opinion());
			html.append("</tr>");
		}
		html.append("</table><h2>复核</h2>");
		if (verification.valid()) {
			html.append("<p class=\"ok\">按随机种子重新抽取，结果一致；摘要链完整");
			html.append("MATCH".equals(verification.anchor()) ? "，与流程历史留存的摘要一致" : "");
			html.append("。</p>");
		}
		else {
			html.append("<ul class=\"bad\">");
			for (String problem : verification.problems()) {
				html.append("<li>").append(HtmlUtils.htmlEscape(problem)).append("</li>");
			}
			html.append("</ul>");
		}
		return html.append("</body></html>").toString();
	}

	private static void drawn(StringBuilder html, String title, List<DrawView.Drawn> experts) {
		html.append("<h2>").append(HtmlUtils.htmlEscape(title)).append("</h2>")
			.append("<table><tr><th>序号</th><th>登录名</th><th>姓名</th><th>单位</th><th>专业</th><th>职称</th></tr>");
		for (DrawView.Drawn e : experts) {
			html.append("<tr>");
			cell(html, String.valueOf(e.order()));
			cell(html, e.userId());
			cell(html, e.name());
			cell(html, e.employerName());
			cell(html, e.specialty());
			cell(html, e.titleLevelLabel());
			html.append("</tr>");
		}
		html.append("</table>");
	}

	private static void row(StringBuilder html, String label, String value) {
		html.append("<tr><th>").append(HtmlUtils.htmlEscape(label)).append("</th>");
		cell(html, value);
		html.append("</tr>");
	}

	private static void cell(StringBuilder html, String value) {
		html.append("<td>").append(value == null ? "" : HtmlUtils.htmlEscape(value)).append("</td>");
	}

}
