package cn.zhicheng.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import cn.zhicheng.common.RuleViolation;
import cn.zhicheng.common.TitleLevel;
import cn.zhicheng.qualification.ApplicantFacts.CurrentTitle;
import cn.zhicheng.qualification.ApplicantFacts.PunishmentKind;

import org.junit.jupiter.api.Test;

class ApplicantFactsTest {

	@Test
	void missingFactsAreBadInputNamingTheField() {
		assertThatThrownBy(() -> Applicants.yunnanGeneral().regionCode("5329").build()).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("regionCode")
			.satisfies(ex -> assertThat(((RuleViolation) ex).field()).isEqualTo("regionCode"));
		assertThatThrownBy(() -> Applicants.yunnanGeneral().targetLevel(null).build()).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("targetLevel");
		assertThatThrownBy(() -> Applicants.yunnanGeneral().checkDate(null).build()).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("checkDate");
		assertThatThrownBy(() -> Applicants.yunnanGeneral().ruralServiceYears(-1).build()).isInstanceOf(RuleViolation.class);
	}

	@Test
	void optionalFactsDefaultToNone() {
		ApplicantFacts facts = Applicants.yunnanGeneral().unit(null).assessments(List.of()).build();

		assertThat(facts.punishment().kind()).isEqualTo(PunishmentKind.NONE);
		assertThat(facts.unit().creditCode()).isNull();
		assertThat(facts.assessments()).isEmpty();
	}

	@Test
	void toBuilderChangesOnlyWhatIsSet() {
		ApplicantFacts facts = Applicants.yunnanGeneral().build();

		ApplicantFacts changed = facts.toBuilder().reviewYear(2025).build();

		assertThat(changed).isEqualTo(new ApplicantFacts(facts.applicationId(), 2025, facts.checkDate(), facts.idNumber(),
				facts.birthDate(), facts.sex(), facts.track(), facts.regionCode(), facts.committeeCode(),
				facts.targetSeries(), facts.targetSpecialty(), facts.targetLevel(), facts.currentTitle(), facts.education(),
				facts.workStartDate(), facts.employmentKind(), facts.unit(), facts.unitEntrustmentLetter(),
				facts.countyEntrustmentLetter(), facts.yearsAtBaseLevel(), facts.yearsInDirectedArea(),
				facts.ruralServiceYears(), facts.townshipYearsAfterIntermediate(), facts.punishment(), facts.specialTalent(),
				facts.postExempt(), facts.continuingEducationCompleted(), facts.pledgeSigned(), facts.assessments(),
				facts.seriesChange(), facts.exceptionalApplication(), facts.povertyAlleviation(),
				facts.enterprisePostdocFunded(), facts.townshipGraduateFirstApplication()));
	}

	@Test
	void yearsInTheLevelCountFromTheEarlierTitle() {
		LocalDate changed = LocalDate.of(2022, 1, 1);
		LocalDate first = LocalDate.of(2018, 5, 1);

		assertThat(new CurrentTitle(TitleLevel.INTERMEDIATE, "工程", changed, first, false, false).countedFrom()).isEqualTo(first);
		assertThat(new CurrentTitle(TitleLevel.INTERMEDIATE, "工程", changed, null, false, false).countedFrom()).isEqualTo(changed);
	}

	@Test
	void punishmentsFromDemeritUpBar() {
		assertThat(PunishmentKind.WARNING.atLeastDemerit()).isFalse();
		assertThat(PunishmentKind.DEMERIT.atLeastDemerit()).isTrue();
		assertThat(PunishmentKind.DISMISSAL_FROM_POST.atLeastDemerit()).isTrue();
		assertThat(PunishmentKind.EXPULSION.atLeastDemerit()).isTrue();
	}

}
