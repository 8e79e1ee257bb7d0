package cn.zhicheng.publicity;

/**
 * A complaint as the public form sends it (JSON of {@code POST /public/api/publicity/{id}/complaints}).
 *
 * @param entryNumber the 序号 of the applicant complained about, or null for the publicity as a whole
 * @param complainantName 投诉人姓名 (complaints are lodged under a real name)
 * @param complainantPhone 联系电话, so the office can investigate
 * @param content 投诉内容, at most 2000 characters, plain text
 */
public record ComplaintForm(Integer entryNumber, String complainantName, String complainantPhone, String content) {
}
