package cn.zhicheng.qualification;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import cn.zhicheng.common.TitleLevel;
import cn.zhicheng.qualification.ApplicantFacts.EducationLevel;

/**
 * The baseline series conditions (domain.md "Baseline series conditions"): which education allows an
 * application at a level and how many years in the lower title it needs. A configurable default, not the
 * law; shipped as the decision table processes/baseline-series-conditions.dmn ({@link DmnBaselineConditions}).
 */
public interface BaselineConditions {

	/**
	 * The requirement for the level and education, or empty when the education is not enough.
	 *
	 * @param educationRelaxed the pack relaxes the education requirement (DG2)
	 */
	Optional<Requirement> requirement(TitleLevel targetLevel, EducationLevel education, boolean educationRelaxed);

	/**
	 * The table to use for one whole check. A table that can change while the application runs (an
	 * administrator deploys a new version of the decision) answers with the version current now, so that
	 * every rule of one check sees the same table; a fixed table is itself.
	 */
	default BaselineConditions current() {
		return this;
	}

	/** The educations accepted for the level, highest first. */
	default List<EducationLevel> acceptedEducations(TitleLevel targetLevel, boolean educationRelaxed) {
		return Arrays.stream(EducationLevel.values())
			.filter(e -> requirement(targetLevel, e, educationRelaxed).isPresent())
			.toList();
	}

	/**
	 * @param requiredYears years in the lower title (for 初级: years of professional work after graduation)
	 * @param basis the rule the row comes from: BASE for the baseline, or a pack's rule such as DG2
	 */
	record Requirement(int requiredYears, String basis) {
	}

}
