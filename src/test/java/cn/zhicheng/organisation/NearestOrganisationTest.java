package cn.zhicheng.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link OrganisationService#nearest}: the organisation of the kind in the region itself, else in the nearest
 * region above it (county → prefecture → province), the first by credit code where a region has several;
 * empty when there is none up to the province. Looked up per region level (issue 11), with the same answers
 * as reading every organisation. A made-up province 87 keeps it apart from the demo data.
 */
@SpringBootTest
@ActiveProfiles("demo")
@Transactional
class NearestOrganisationTest {

	@Autowired
	OrganisationService organisations;

	static String code(String first17) {
		return first17 + CreditCode.checkCharacter(first17);
	}

	Organisation save(String first17, String name, OrganisationKind kind, String region) {
		return this.organisations.saveOrganisation(new Organisation(code(first17), name, kind, region, null, null, null),
				"test");
	}

	@BeforeEach
	void regions() {
		this.organisations.saveRegion(new Region("870000", "测试省", RegionLevel.PROVINCE, null), "test");
		this.organisations.saveRegion(new Region("871000", "测试州", RegionLevel.PREFECTURE, "870000"), "test");
		this.organisations.saveRegion(new Region("871001", "测试县甲", RegionLevel.COUNTY, "871000"), "test");
		this.organisations.saveRegion(new Region("871002", "测试县乙", RegionLevel.COUNTY, "871000"), "test");
	}

	@Test
	void climbsToTheNearestRegionWithTheKindAndTakesTheFirstByCreditCode() {
		Organisation province = save("11870000MB0000001", "测试省人社厅", OrganisationKind.HR_BUREAU, "870000");
		save("11871000MB0000009", "测试州人社局（二）", OrganisationKind.HR_BUREAU, "871000");
		Organisation prefecture = save("11871000MB0000002", "测试州人社局", OrganisationKind.HR_BUREAU, "871000");
		Organisation county = save("11871001MB0000003", "测试县甲人社局", OrganisationKind.HR_BUREAU, "871001");
		save("11871002MB0000004", "测试县乙纪委", OrganisationKind.SUPERVISION, "871002");

		// the county's own bureau first; a county without one goes to the prefecture, the first by credit code
		assertThat(this.organisations.nearest(OrganisationKind.HR_BUREAU, "871001")).contains(county);
		assertThat(this.organisations.nearest(OrganisationKind.HR_BUREAU, "871002")).contains(prefecture);
		assertThat(this.organisations.nearest(OrganisationKind.HR_BUREAU, "870000")).contains(province);
		// another kind in the county does not count; none of the kind up to the province: empty
		assertThat(this.organisations.nearest(OrganisationKind.FILING_AUTHORITY, "871002")).isEmpty();
		assertThat(this.organisations.nearest(OrganisationKind.SUPERVISION, "871001")).isEmpty();
		assertThat(this.organisations.nearest(OrganisationKind.SUPERVISION, "871002")).get()
			.extracting(Organisation::name).isEqualTo("测试县乙纪委");
	}

}
