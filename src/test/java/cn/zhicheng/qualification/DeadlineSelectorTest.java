package cn.zhicheng.qualification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import cn.zhicheng.common.TitleLevel;

import org.junit.jupiter.api.Test;

/**
 * The after-meeting deadlines the shipped policy packs give (R3, PF1–PF3, C3, DY10, DB8), and how a cycle
 * picks them: the strictest among its applicants' packs and the committee region's general pack.
 */
class DeadlineSelectorTest {

	final DeadlineSelector selector = new DeadlineSelector(
			new PolicyPackDirectory(Path.of("config", "policy-packs"), Duration.ofSeconds(5), Clock.systemUTC()));

	/** 洱源县 (Dali); 贡山县 (怒江), in DY1's scope; 库尔勒市 (Bazhou). */
	static final String ERYUAN = "532930";

	static final String GONGSHAN = "533324";

	static final String KORLA = "652801";

	@Test
	void aGeneralCycleInYunnanKeepsTheGeneralDeadlines() {
		DeadlineSelector.Selection s = this.selector.forCycle(ERYUAN, 2024,
				List.of(new DeadlineSelector.Applicant(Track.GENERAL, ERYUAN)));
		PackDeadlines d = s.deadlines();
		assertThat(d.resultPublicityStartWorkingDays()).isEqualTo(5);
		assertThat(d.postFilingWorkingDaysAfterMeeting()).isEqualTo(20);
		assertThat(d.postFilingWorkingDaysAfterPublicity()).isNull();
		assertThat(d.postFilingRule()).isEqualTo("PF1");
		assertThat(d.appointmentMonths()).isEqualTo(1);
		assertThat(s.packIds()).containsExactly("YUNNAN-GENERAL");
	}

	@Test
	void aCycleWithADirectedGroupInYunnan2020TakesTheDirectedPacksShorterDeadlines() {
		DeadlineSelector.Selection s = this.selector.forCycle(ERYUAN, 2020,
				List.of(new DeadlineSelector.Applicant(Track.GENERAL, ERYUAN),
						new DeadlineSelector.Applicant(Track.DIRECTED, GONGSHAN)));
		PackDeadlines d = s.deadlines();
		// DY10: publicity within 3 working days of the meeting, filing within 5 working days after it
		assertThat(d.resultPublicityStartWorkingDays()).isEqualTo(3);
		assertThat(d.resultPublicityRule()).isEqualTo("DY10");
		assertThat(d.postFilingWorkingDaysAfterPublicity()).isEqualTo(5);
		assertThat(d.postFilingRule()).isEqualTo("DY10");
		assertThat(d.appointmentMonths()).isEqualTo(1);
		assertThat(s.packIds()).containsExactlyInAnyOrder("YUNNAN-GENERAL", "YUNNAN-2020-DIRECTED");
		assertThat(s.basis()).contains("YUNNAN-2020-DIRECTED");
	}

	@Test
	void bazhouRoutesAssociateSeniorFilingsThroughThePrefectureToTheRegionAndAppointsWithinTwoMonths() {
		DeadlineSelector.Selection s = this.selector.forApplication(Track.DIRECTED, KORLA, 2024);
		PackDeadlines d = s.deadlines();
		assertThat(d.appointmentMonths()).isEqualTo(2);
		assertThat(d.appointmentRule()).isEqualTo("DB8");
		PackDeadlines.PostFilingRoute route = d.postFilingRoute();
		assertThat(route.rule()).isEqualTo("PF3");
		assertThat(route.checkerLevel()).isEqualTo("PREFECTURE");
		assertThat(route.authorityLevel()).isEqualTo("PROVINCE");
		assertThat(route.appliesTo(TitleLevel.ASSOCIATE_SENIOR)).isTrue();
		assertThat(route.appliesTo(TitleLevel.SENIOR)).isFalse();
		// defaults filled in where the pack is silent (R3)
		assertThat(d.resultPublicityStartWorkingDays()).isEqualTo(5);
	}

	@Test
	void withoutAPackTheDefaultsApply() {
		DeadlineSelector.Selection s = this.selector.forApplication(Track.DIRECTED, ERYUAN, 2030);
		assertThat(s.packIds()).isEmpty();
		assertThat(s.deadlines()).isEqualTo(PackDeadlines.DEFAULTS);
		assertThat(s.basis()).contains("默认时限");
	}

	@Test
	void theStrictestOfSeveralPacksWinsFieldByField() {
		PackDeadlines a = new PackDeadlines(5, "R3", 20, null, "PF1", 2, "DB8", null);
		PackDeadlines b = new PackDeadlines(3, "DY10", 25, 5, "PF2", 1, "DY10", null);
		PackDeadlines s = PackDeadlines.strictest(List.of(a, b));
		assertThat(s).isEqualTo(new PackDeadlines(3, "DY10", 20, 5, "PF2", 1, "DY10", null));
	}

	@Test
	void badDeadlinesAreRefusedWhenThePackIsRead() {
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> new PackDeadlines(0, "R3", 20, null, "PF1", 1, "C3", null))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("resultPublicityStartWorkingDays");
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> new PackDeadlines.PostFilingRoute("PF3", List.of(), "COUNTY", "PROVINCE"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("PREFECTURE");
	}

}
