package cn.zhicheng.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import cn.zhicheng.application.ApplicationForm;
import cn.zhicheng.benchmark.Province.Sector;
import cn.zhicheng.benchmark.Province.Unit;
import cn.zhicheng.common.IdNumber;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * N synthetic 申报评审表 of the review year, the same for the same seed: teachers, health workers and
 * agricultural technicians of the province's units; intermediate titles at the prefecture committees,
 * associate senior titles at the province's; the directed track (DY1) for associate senior applicants of the
 * directed areas. About {@code ineligibleShare} of them fail a qualification rule for a real reason (A6, A7,
 * A10, BASE-YEARS); the rest meet every condition.
 */
final class Applicants {

	/** DY1 (YUNNAN-2020-DIRECTED): 怒江, 迪庆 and the six counties under supervision. */
	static final List<String> DIRECTED_AREAS = List.of("5333", "5334", "530326", "530627", "530724", "530828", "532523",
			"532627");

	/** Why a generated applicant is meant to fail, or null. */
	enum Flaw {
		NO_CONTINUING_EDUCATION("A10 继续教育未达要求"), DEMERIT("A7 记过处分期内"), TOO_FEW_YEARS("任现职年限不足"),
		CIVIL_SERVANT("A6 公务员不得申报");

		final String label;

		Flaw(String label) {
			this.label = label;
		}

	}

	record Spec(ApplicationForm form, Unit unit, String series, String level, String track, Flaw flaw) {
	}

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String[] SPECIALTIES_EDUCATION = { "语文", "数学", "英语", "物理", "化学", "生物", "历史", "地理", "体育",
			"音乐", "美术" };

	private static final String[] SPECIALTIES_HEALTH = { "内科", "外科", "妇产科", "儿科", "护理", "药学", "检验", "影像" };

	private static final String[] SPECIALTIES_AGRICULTURE = { "农学", "植物保护", "土壤肥料", "畜牧兽医", "园艺" };

	private static final String[] ETHNICITIES = { "汉族", "白族", "彝族", "傈僳族", "藏族", "纳西族", "哈尼族", "傣族", "苗族", "怒族" };

	private Applicants() {
	}

	static List<Spec> generate(Province province, int count, int year, double ineligibleShare, long seed) {
		Random random = new Random(seed);
		Set<String> ids = new HashSet<>();
		List<Spec> specs = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Unit unit = province.units.get(random.nextInt(province.units.size()));
			Sector sector = unit.sector();
			boolean senior = sector != Sector.AGRICULTURE && random.nextDouble() < 0.3;
			boolean directedArea = DIRECTED_AREAS.stream().anyMatch(unit.countyCode()::startsWith);
			String track = senior && directedArea && random.nextDouble() < 0.6 ? "DIRECTED" : "GENERAL";
			Flaw flaw = random.nextDouble() < ineligibleShare ? Flaw.values()[random.nextInt(Flaw.values().length)] : null;
			String committee = senior ? province.associateSenior.get(sector)
					: province.intermediate.get(unit.prefectureCode()).get(sector);
			specs.add(new Spec(form(province, unit, committee, senior, track, flaw, year, random, ids), unit,
					sector.series, senior ? "ASSOCIATE_SENIOR" : "INTERMEDIATE", track, flaw));
		}
		return specs;
	}

	/**
	 * {@code count} eligible associate senior applicants for the province committee of each of {@code sectors},
	 * from that sector's units (the tally at the size: meetings of 500 applicants), the directed track
	 * (DY1) for those of the directed areas as in {@link #generate}.
	 */
	static List<Spec> forCommittees(Province province, List<Sector> sectors, int count, int year, long seed) {
		Random random = new Random(seed);
		Set<String> ids = new HashSet<>();
		List<Spec> specs = new ArrayList<>();
		for (Sector sector : sectors) {
			List<Unit> units = province.units.stream().filter(u -> u.sector() == sector).toList();
			String committee = province.associateSenior.get(sector);
			for (int i = 0; i < count; i++) {
				Unit unit = units.get(random.nextInt(units.size()));
				boolean directedArea = DIRECTED_AREAS.stream().anyMatch(unit.countyCode()::startsWith);
				String track = directedArea && random.nextDouble() < 0.6 ? "DIRECTED" : "GENERAL";
				specs.add(new Spec(form(province, unit, committee, true, track, null, year, random, ids), unit,
						sector.series, "ASSOCIATE_SENIOR", track, null));
			}
		}
		return specs;
	}

	private static ApplicationForm form(Province province, Unit unit, String committee, boolean senior, String track,
			Flaw flaw, int year, Random random, Set<String> ids) {
		Sector sector = unit.sector();
		int age = senior ? 38 + random.nextInt(14) : 27 + random.nextInt(12);
		LocalDate birth = LocalDate.of(year - age, 1 + random.nextInt(12), 1 + random.nextInt(28));
		String idNumber;
		do {
			String first17 = unit.countyCode() + birth.toString().replace("-", "")
					+ String.format("%03d", 1 + random.nextInt(998));
			idNumber = first17 + IdNumber.checkCharacter(first17);
		}
		while (!ids.add(idNumber));
		int graduation = year - age + 22;
		String[] specialties = sector == Sector.EDUCATION ? SPECIALTIES_EDUCATION
				: sector == Sector.HEALTH ? SPECIALTIES_HEALTH : SPECIALTIES_AGRICULTURE;
		String specialty = specialties[random.nextInt(specialties.length)];
		// years in the current title: 5 to 9 (intermediate needs 4 at junior, associate senior 5 at intermediate)
		int yearsInTitle = flaw == Flaw.TOO_FEW_YEARS ? 1 : 5 + random.nextInt(5);
		int titleYear = Math.max(graduation + 1, year - yearsInTitle);
		if (flaw == Flaw.TOO_FEW_YEARS) {
			titleYear = year - 1;
		}
		Map<String, Object> form = new LinkedHashMap<>();
		form.put("reviewYear", year);
		form.put("committeeCode", committee);
		form.put("track", track);
		form.put("name", province.personName());
		form.put("idNumber", idNumber);
		form.put("ethnicity", ETHNICITIES[random.nextInt(ETHNICITIES.length)]);
		form.put("phone", "0872-" + (5100000 + random.nextInt(899999)));
		form.put("unitCreditCode", unit.organisation().creditCode());
		form.put("employmentKind", flaw == Flaw.CIVIL_SERVANT ? "CIVIL_SERVANT" : "PUBLIC_INSTITUTION");
		form.put("education", "BACHELOR");
		form.put("graduationDate", graduation + "-07-01");
		form.put("graduationSchool", random.nextBoolean() ? "云南师范大学" : "大理大学");
		form.put("major", sector == Sector.EDUCATION ? "汉语言文学" : sector == Sector.HEALTH ? "临床医学" : "农学");
		form.put("workStartDate", graduation + "-08-01");
		form.put("currentTitleLevel", senior ? "INTERMEDIATE" : "JUNIOR");
		form.put("currentTitleSeries", sector.series);
		form.put("currentTitleDate", titleYear + "-09-01");
		form.put("targetSeries", sector.series);
		form.put("targetSpecialty", specialty);
		form.put("targetLevel", senior ? "ASSOCIATE_SENIOR" : "INTERMEDIATE");
		int workYears = year - graduation;
		form.put("yearsAtBaseLevel", workYears);
		form.put("ruralServiceYears", Math.min(workYears, 2 + random.nextInt(4)));
		if ("DIRECTED".equals(track)) {
			form.put("yearsInDirectedArea", workYears);
		}
		// A3: no county of the province runs an intermediate committee here, so the county HR bureau's
		// entrustment letter goes with every intermediate application to the prefecture's committee
		form.put("countyEntrustmentLetter", !senior);
		form.put("punishmentKind", flaw == Flaw.DEMERIT ? "DEMERIT" : "NONE");
		if (flaw == Flaw.DEMERIT) {
			form.put("punishmentUntil", (year + 1) + "-06-30");
		}
		form.put("continuingEducationCompleted", flaw != Flaw.NO_CONTINUING_EDUCATION);
		form.put("pledgeSigned", true);
		form.put("workSummary", "任现职以来，在" + unit.organisation().name() + "从事" + specialty + "工作，履职尽责，业绩良好。");
		form.put("studyHistory", List.of(Map.of("from", (graduation - 4) + "-09-01", "to", graduation + "-07-01",
				"organisation", "云南师范大学", "description", "本科")));
		form.put("workHistory", List.of(Map.of("from", graduation + "-08-01", "organisation", unit.organisation().name(),
				"description", specialty)));
		form.put("awards", List.of(Map.of("date", (year - 2) + "-09-10", "title", "县级先进工作者", "level", "县级")));
		form.put("continuingEducation", List.of(Map.of("year", year - 1, "hours", 90, "content", specialty + "能力提升")));
		List<Map<String, Object>> assessments = new ArrayList<>();
		for (int y = year - 5; y < year; y++) {
			assessments.add(Map.of("year", y, "result", y == year - 2 ? "EXCELLENT" : "COMPETENT"));
		}
		form.put("annualAssessments", assessments);
		return JSON.convertValue(form, ApplicationForm.class);
	}

}
