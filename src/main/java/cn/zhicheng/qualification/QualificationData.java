package cn.zhicheng.qualification;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import cn.zhicheng.common.TitleLevel;

/**
 * Facts the qualification rules look up rather than read from the application form. Implemented by the
 * application's storage (MyBatis); no production implementation exists yet. Every answer may be
 * "unknown" (an empty optional): the rule that needs it then asks for human review instead of guessing.
 */
public interface QualificationData {

	/**
	 * A4, DY4, DG6, DB3: the person's applications in the review year, in any committee and track. The
	 * application being checked may be among them; it is recognised by its id and ignored.
	 */
	List<OtherApplication> applicationsOf(String idNumber, int reviewYear);

	/** X1: the person's entry in the integrity record (诚信档案库) that is in force on the given day. */
	Optional<IntegrityRecordEntry> integrityRecordEntry(String idNumber, LocalDate day);

	/** A8: vacant posts (空缺岗位) of the level at the unit, as confirmed by the competent department. */
	OptionalInt vacantPosts(String unitCreditCode, TitleLevel level);

	/** DY7: the unit's staff holding an intermediate title (the base of the directed senior quota). */
	OptionalInt intermediateTitleStaff(String unitCreditCode);

	/**
	 * DY7, DB5: directed posts of the level at the unit already taken under the pack: posts held plus this
	 * year's other recommended directed applications of the unit (not counting the one being checked).
	 */
	OptionalInt directedPostsUsed(String unitCreditCode, String policyPack, TitleLevel level);

	/** DB5: directed posts of the level approved (核定) for the unit under the pack. */
	OptionalInt approvedDirectedPosts(String unitCreditCode, String policyPack, TitleLevel level);

	/** A3: whether the county organises its own review of the series at the level. */
	CountyReview countyReview(String countyCode, String series, TitleLevel level);

	/** Another application of the same person in the same year. */
	record OtherApplication(String applicationId, String committeeCode, Track track, TitleLevel level,
			Status status) {

		/** Only submitted applications count: a draft is not yet 报送, a withdrawn one no longer. */
		public enum Status {

			DRAFT, SUBMITTED, WITHDRAWN

		}

	}

	/** An entry of the integrity record (X1): when recorded, until when it is in force, and why. */
	record IntegrityRecordEntry(LocalDate recordedOn, LocalDate until, String reason) {
	}

	/** A3: does the county review the series itself? */
	enum CountyReview {

		REVIEWS_ITSELF, DOES_NOT_REVIEW, UNKNOWN

	}

}
