package cn.zhicheng.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import cn.zhicheng.common.RuleViolation;
import cn.zhicheng.common.TitleLevel;
import cn.zhicheng.organisation.Committee;
import cn.zhicheng.organisation.CreditCode;
import cn.zhicheng.organisation.Organisation;
import cn.zhicheng.organisation.OrganisationKind;
import cn.zhicheng.organisation.OrganisationService;
import cn.zhicheng.organisation.OrganisedBy;
import cn.zhicheng.organisation.Region;
import cn.zhicheng.organisation.RegionLevel;
import cn.zhicheng.qualification.DeadlineSelector;
import cn.zhicheng.qualification.PackDeadlines;
import cn.zhicheng.qualification.Track;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * PF3, DB6: in Bazhou a 副高 post-filing is first checked by the prefecture HR bureau and then filed with the
 * regional HR department (the route of the Bazhou packs); other levels go to the committee's own filing
 * authority. The Bazhou organisations are set up here, not in the demo data.
 */
@SpringBootTest
@ActiveProfiles("demo")
class PostFilingRouteTest {

	@Autowired
	ResultStageService stages;

	@Autowired
	ResultStageMapper mapper;

	@Autowired
	OrganisationService organisations;

	@Autowired
	DeadlineSelector deadlines;

	Organisation prefectureHr;

	Organisation regionalHr;

	Organisation filingAuthority;

	static String code(String first17) {
		return first17 + CreditCode.checkCharacter(first17);
	}

	@BeforeEach
	void bazhou() {
		this.organisations.saveRegion(new Region("650000", "新疆维吾尔自治区", RegionLevel.PROVINCE, null), "test");
		this.organisations.saveRegion(new Region("652800", "巴音郭楞蒙古自治州", RegionLevel.PREFECTURE, "650000"), "test");
		this.organisations.saveRegion(new Region("652801", "库尔勒市", RegionLevel.COUNTY, "652800"), "test");
		this.regionalHr = this.organisations.saveOrganisation(new Organisation(code("11650000MB0000001"),
				"新疆维吾尔自治区人力资源和社会保障厅", OrganisationKind.HR_BUREAU, "650000", null, null, null), "test");
		this.prefectureHr = this.organisations.saveOrganisation(new Organisation(code("11652800MB0000002"),
				"巴音郭楞蒙古自治州人力资源和社会保障局", OrganisationKind.HR_BUREAU, "652800", null, null, null), "test");
		this.filingAuthority = this.organisations.saveOrganisation(new Organisation(code("11652800MB0000003"),
				"巴州职称改革工作领导小组办公室（备案）", OrganisationKind.FILING_AUTHORITY, "652800", null, null, null), "test");
		this.organisations.saveOrganisation(new Organisation(code("11652800MB0000004"), "巴州教育局职称评审办公室",
				OrganisationKind.COMMITTEE_OFFICE, "652800", null, null, null), "test");
		this.organisations.saveOrganisation(new Organisation(code("11652800MB0000005"), "巴州纪委监委派驻纪检监察组",
				OrganisationKind.SUPERVISION, "652800", null, null, null), "test");
		for (TitleLevel level : List.of(TitleLevel.ASSOCIATE_SENIOR, TitleLevel.SENIOR)) {
			this.organisations.saveCommittee(new Committee("BZTEACHER" + level.name().charAt(0),
					"巴州中小学教师" + level.label() + "职称评审委员会（定向评价）", "中小学教师", level, OrganisedBy.SERIES, "652800",
					code("11652800MB0000004"), code("11652800MB0000003"), code("11652800MB0000005"), 25), "test");
		}
	}

	static ReviewCycle cycle(String committeeCode) {
		return new ReviewCycle(UUID.randomUUID().toString(), committeeCode, 2024, CycleStatus.POST_FILING,
				"2024-" + committeeCode, null, null, null, null, LocalDate.of(2024, 10, 15), null, null, null, null, null,
				null, null, null, null, null);
	}

	@Test
	void associateSeniorIsCheckedByThePrefectureThenFiledWithTheRegion() {
		PackDeadlines d = this.deadlines.forApplication(Track.DIRECTED, "652801", 2024).deadlines();
		ReviewCycle cycle = cycle("BZTEACHERA");
		List<PostFiling.Step> route = this.stages.route(cycle, d);
		assertThat(route).extracting(PostFiling.Step::groupId)
			.containsExactly(this.prefectureHr.groupId(), this.regionalHr.groupId());
		assertThat(route.get(0).label()).contains("审核").contains("巴音郭楞").contains("PF3");
		assertThat(route.get(1).label()).contains("备案").contains("自治区");

		// the dossier passes the check, then the region approves
		PostFiling filing = new PostFiling(UUID.randomUUID().toString(), cycle.id(), 1, PostFilingStatus.SUBMITTED,
				"meeting", LocalDate.of(2024, 10, 15), null, 25, 20, 10, 7, 0, "70.0%", "普通评审组：参加评审10人", "无投诉", 0,
				"纪检监察人员全程监督", "总结", PostFiling.encode(route), 0, LocalDate.of(2024, 11, 12), LocalDateTime.now(),
				"test", null, null, null, null, null, null, null);
		this.mapper.insertPostFiling(filing);
		ResultStageService.PostFilingDecision checked = this.stages.decidePostFiling(filing.id(), "APPROVE",
				"审核通过，报自治区人社厅备案。", "bzrsj");
		assertThat(checked.outcome()).isEqualTo(ResultStageService.Outcome.NEXT);
		assertThat(checked.next().groupId()).isEqualTo(this.regionalHr.groupId());
		assertThat(this.stages.postFiling(filing.id()).status()).isEqualTo(PostFilingStatus.CHECKED);
		assertThat(this.stages.postFiling(filing.id()).checkedBy()).isEqualTo("bzrsj");
		assertThatThrownBy(() -> this.stages.decidePostFiling(filing.id(), "MAYBE", "？", "xjrst"))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("PF1");
		ResultStageService.PostFilingDecision approved = this.stages.decidePostFiling(filing.id(), "APPROVE", "同意备案。",
				"xjrst");
		assertThat(approved.outcome()).isEqualTo(ResultStageService.Outcome.APPROVED);
		assertThat(approved.approvedAt()).isNotNull();
		PostFiling done = this.stages.postFiling(filing.id());
		assertThat(done.status()).isEqualTo(PostFilingStatus.APPROVED);
		assertThat(done.decidedBy()).isEqualTo("xjrst");
		assertThat(done.checkOpinion()).contains("审核通过");
	}

	@Test
	void seniorReviewsGoToTheCommitteesFilingAuthority() {
		PackDeadlines d = this.deadlines.forApplication(Track.DIRECTED, "652801", 2024).deadlines();
		List<PostFiling.Step> route = this.stages.route(cycle("BZTEACHERS"), d);
		assertThat(route).extracting(PostFiling.Step::groupId).containsExactly(this.filingAuthority.groupId());
	}

}
