package cn.zhicheng.qualification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import cn.zhicheng.common.TitleLevel;

/**
 * In-memory {@link QualificationData}: nothing is known until a test says so, except that counties review
 * every series themselves (A3) unless told otherwise.
 */
final class FakeQualificationData implements QualificationData {

	private record Stored(String idNumber, int year, OtherApplication application) {
	}

	private final List<Stored> applications = new ArrayList<>();

	private final Map<String, IntegrityRecordEntry> integrity = new HashMap<>();

	private final Map<String, Integer> vacant = new HashMap<>();

	private final Map<String, Integer> intermediateStaff = new HashMap<>();

	private final Map<String, Integer> used = new HashMap<>();

	private final Map<String, Integer> approved = new HashMap<>();

	private final Map<String, CountyReview> countyReviews = new HashMap<>();

	FakeQualificationData application(String idNumber, int year, String applicationId, String committee, Track track,
			TitleLevel level, OtherApplication.Status status) {
		this.applications.add(new Stored(idNumber, year, new OtherApplication(applicationId, committee, track, level, status)));
		return this;
	}

	FakeQualificationData integrityRecord(String idNumber, LocalDate recordedOn, LocalDate until, String reason) {
		this.integrity.put(idNumber, new IntegrityRecordEntry(recordedOn, until, reason));
		return this;
	}

	FakeQualificationData vacantPosts(String unit, TitleLevel level, int posts) {
		this.vacant.put(unit + "|" + level, posts);
		return this;
	}

	FakeQualificationData intermediateStaff(String unit, int staff) {
		this.intermediateStaff.put(unit, staff);
		return this;
	}

	FakeQualificationData directedPostsUsed(String unit, String pack, TitleLevel level, int posts) {
		this.used.put(unit + "|" + pack + "|" + level, posts);
		return this;
	}

	FakeQualificationData approvedDirectedPosts(String unit, String pack, TitleLevel level, int posts) {
		this.approved.put(unit + "|" + pack + "|" + level, posts);
		return this;
	}

	FakeQualificationData countyReview(String county, String series, TitleLevel level, CountyReview answer) {
		this.countyReviews.put(county + "|" + series + "|" + level, answer);
		return this;
	}

	@Override
	public List<OtherApplication> applicationsOf(String idNumber, int reviewYear) {
		return this.applications.stream()
			.filter(s -> s.idNumber().equals(idNumber) && s.year() == reviewYear)
			.map(Stored::application)
			.toList();
	}

	@Override
	public Optional<IntegrityRecordEntry> integrityRecordEntry(String idNumber, LocalDate day) {
		return Optional.ofNullable(this.integrity.get(idNumber))
			.filter(e -> !e.recordedOn().isAfter(day) && (e.until() == null || !e.until().isBefore(day)));
	}

	@Override
	public OptionalInt vacantPosts(String unitCreditCode, TitleLevel level) {
		return optional(this.vacant.get(unitCreditCode + "|" + level));
	}

	@Override
	public OptionalInt intermediateTitleStaff(String unitCreditCode) {
		return optional(this.intermediateStaff.get(unitCreditCode));
	}

	@Override
	public OptionalInt directedPostsUsed(String unitCreditCode, String policyPack, TitleLevel level) {
		return optional(this.used.get(unitCreditCode + "|" + policyPack + "|" + level));
	}

	@Override
	public OptionalInt approvedDirectedPosts(String unitCreditCode, String policyPack, TitleLevel level) {
		return optional(this.approved.get(unitCreditCode + "|" + policyPack + "|" + level));
	}

	@Override
	public CountyReview countyReview(String countyCode, String series, TitleLevel level) {
		return this.countyReviews.getOrDefault(countyCode + "|" + series + "|" + level, CountyReview.REVIEWS_ITSELF);
	}

	private static OptionalInt optional(Integer value) {
		return value == null ? OptionalInt.empty() : OptionalInt.of(value);
	}

}
