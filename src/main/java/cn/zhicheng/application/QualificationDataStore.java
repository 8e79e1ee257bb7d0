package cn.zhicheng.application;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import cn.zhicheng.common.TitleLevel;
import cn.zhicheng.qualification.QualificationData;
import cn.zhicheng.qualification.Track;

import org.springframework.stereotype.Component;

/**
 * The qualification rules' look-ups, answered from the application's tables. Where the tables hold no
 * answer (no post figures registered for a unit, no approved directed posts), the answer is "unknown"
 * and the rule asks a person (REVIEW) instead of guessing. The current year is the engine clock's.
 */
@Component
class QualificationDataStore implements QualificationData {

	private final QualificationDataMapper mapper;

	QualificationDataStore(QualificationDataMapper mapper) {
		this.mapper = mapper;
	}

	@Override
	public List<OtherApplication> applicationsOf(String idNumber, int reviewYear) {
		return this.mapper.applicationsOf(idNumber, reviewYear).stream()
			.map(row -> new OtherApplication(string(row, "id"), string(row, "committee_code"),
					Track.valueOf(string(row, "track")), TitleLevel.valueOf(string(row, "target_level")),
					status(ApplicationStatus.valueOf(string(row, "status")))))
			.toList();
	}

	/** A4: withdrawn or not recommended applications were never forwarded (报送); every other one was. */
	private static OtherApplication.Status status(ApplicationStatus status) {
		return switch (status) {
			case WITHDRAWN, NOT_RECOMMENDED -> OtherApplication.Status.WITHDRAWN;
			default -> OtherApplication.Status.SUBMITTED;
		};
	}

	@Override
	public Optional<IntegrityRecordEntry> integrityRecordEntry(String idNumber, LocalDate day) {
		return this.mapper.integrityRecord(idNumber, day).stream()
			.findFirst()
			.map(row -> new IntegrityRecordEntry(date(row, "recorded_on"), date(row, "valid_until"),
					string(row, "reason")));
	}

	@Override
	public OptionalInt vacantPosts(String unitCreditCode, TitleLevel level) {
		return firstInt(this.mapper.posts(unitCreditCode, level.name(), currentYear()), "vacant_posts");
	}

	@Override
	public OptionalInt intermediateTitleStaff(String unitCreditCode) {
		List<Integer> staff = this.mapper.intermediateStaff(unitCreditCode, currentYear());
		return staff.isEmpty() ? OptionalInt.empty() : OptionalInt.of(staff.get(0));
	}

	@Override
	public OptionalInt directedPostsUsed(String unitCreditCode, String policyPack, TitleLevel level) {
		OptionalInt held = firstInt(this.mapper.posts(unitCreditCode, level.name(), currentYear()),
				"directed_posts_used");
		if (held.isEmpty()) {
			return held;
		}
		return OptionalInt.of(held.getAsInt()
				+ this.mapper.directedApplicationsInProgress(unitCreditCode, level.name(), currentYear()));
	}

	@Override
	public OptionalInt approvedDirectedPosts(String unitCreditCode, String policyPack, TitleLevel level) {
		return OptionalInt.empty();
	}

	@Override
	public CountyReview countyReview(String countyCode, String series, TitleLevel level) {
		return this.mapper.committeesIn(countyCode, series, level.name()) > 0 ? CountyReview.REVIEWS_ITSELF
				: CountyReview.DOES_NOT_REVIEW;
	}

	private static int currentYear() {
		return ApplicationService.today().getYear();
	}

	private static OptionalInt firstInt(List<Map<String, Object>> rows, String column) {
		if (rows.isEmpty()) {
			return OptionalInt.empty();
		}
		Object value = value(rows.get(0), column);
		return value == null ? OptionalInt.empty() : OptionalInt.of(((Number) value).intValue());
	}

	/** Column names come back upper-case from H2 and lower-case from MySQL. */
	private static Object value(Map<String, Object> row, String column) {
		Object value = row.get(column);
		return value != null ? value : row.get(column.toUpperCase());
	}

	private static String string(Map<String, Object> row, String column) {
		Object value = value(row, column);
		return value == null ? null : value.toString();
	}

	private static LocalDate date(Map<String, Object> row, String column) {
		Object value = value(row, column);
		if (value instanceof Date sqlDate) {
			return sqlDate.toLocalDate();
		}
		return value instanceof LocalDate localDate ? localDate : LocalDate.parse(value.toString());
	}

}
