package cn.zhicheng.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A complete, valid 申报评审表 as JSON-like data, for tests to vary: a teacher of 洱源县第一中学 (demo)
 * applying for 中小学教师 中级 at the county committee EYTEACHERINT in the given review year.
 */
public final class ApplicationFixtures {

	static final String ERYUAN_NO1_SCHOOL = "125329304310123376";

	static final String ERYUAN_EDUCATION_BUREAU = "11532930431008223R";

	static final String ERYUAN_COMMITTEE_OFFICE = "115329304310054872";

	static final String ERYUAN_HR_BUREAU = "11532930431004118M";

	private static final ObjectMapper JSON = new ObjectMapper();

	private ApplicationFixtures() {
	}

	/** A teacher who meets every condition of the Yunnan general track. */
	public static Map<String, Object> teacher(int reviewYear, String idNumber) {
		Map<String, Object> form = new LinkedHashMap<>();
		form.put("reviewYear", reviewYear);
		form.put("committeeCode", "EYTEACHERINT");
		form.put("track", "GENERAL");
		form.put("name", "杨丽芬");
		form.put("idNumber", idNumber);
		form.put("ethnicity", "白族");
		form.put("phone", "0872-5121234");
		form.put("unitCreditCode", ERYUAN_NO1_SCHOOL);
		form.put("employmentKind", "PUBLIC_INSTITUTION");
		form.put("education", "BACHELOR");
		form.put("graduationDate", "2010-07-01");
		form.put("graduationSchool", "大理大学");
		form.put("major", "汉语言文学");
		form.put("workStartDate", "2010-08-01");
		form.put("currentTitleLevel", "JUNIOR");
		form.put("currentTitleSeries", "中小学教师");
		form.put("currentTitleDate", "2011-09-01");
		form.put("targetSeries", "中小学教师");
		form.put("targetSpecialty", "语文");
		form.put("targetLevel", "INTERMEDIATE");
		form.put("yearsAtBaseLevel", 12);
		form.put("ruralServiceYears", 3);
		form.put("punishmentKind", "NONE");
		form.put("continuingEducationCompleted", true);
		form.put("pledgeSigned", true);
		form.put("workSummary", "任现职以来，承担初中语文教学工作，担任班主任，教学成绩良好。");
		form.put("studyHistory", List.of(Map.of("from", "2006-09-01", "to", "2010-07-01", "organisation", "大理大学",
				"description", "汉语言文学本科")));
		form.put("workHistory", List.of(Map.of("from", "2010-08-01", "organisation", "洱源县第一中学", "description", "语文教师")));
		form.put("awards", List.of(Map.of("date", "2022-09-10", "title", "洱源县优秀教师", "level", "县级")));
		form.put("continuingEducation", List.of(Map.of("year", reviewYear - 1, "hours", 90, "content", "语文教学能力提升")));
		List<Map<String, Object>> assessments = new ArrayList<>();
		for (int year = reviewYear - 5; year < reviewYear; year++) {
			assessments.add(Map.of("year", year, "result", year == reviewYear - 2 ? "EXCELLENT" : "COMPETENT"));
		}
		form.put("annualAssessments", assessments);
		return form;
	}

	public static ApplicationForm form(Map<String, Object> data) {
		return JSON.convertValue(data, ApplicationForm.class);
	}

	/** A valid ID number of someone born on the given date (yyyyMMdd), sequence {@code seq} (odd = male). */
	public static String idNumber(String birth, int seq) {
		String first17 = "532930" + birth + String.format("%03d", seq);
		return first17 + cn.zhicheng.common.IdNumber.checkCharacter(first17);
	}

}
