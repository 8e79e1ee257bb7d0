package cn.zhicheng.qualification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import cn.zhicheng.qualification.DirectedReviewRouting.CommitteeKind;

import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * DY6 (000, 三（三）): 中小学教师、农业技术、卫生技术 → the prefecture committee's directed group; other series → in the 6
 * counties the provincial committee's directed group, in 怒江/迪庆 their own committees as in 2019.
 */
class DirectedReviewRoutingTest {

	private static final DirectedReviewRouting ROUTING = DirectedReviewRouting
		.fromFile(Path.of("processes", "review-routing.dmn"));

	@ParameterizedTest(name = "{0}，{1} → {2}")
	@CsvSource({ "中小学教师, 530326, PREFECTURE_DIRECTED_GROUP", "农业技术, 530627, PREFECTURE_DIRECTED_GROUP",
			"卫生技术, 533401, PREFECTURE_DIRECTED_GROUP", "卫生技术, 533301, PREFECTURE_DIRECTED_GROUP",
			"经济, 533401, PREFECTURE_COMMITTEE", "工程, 533323, PREFECTURE_COMMITTEE",
			"工程, 530627, PROVINCIAL_DIRECTED_GROUP", "会计, 530724, PROVINCIAL_DIRECTED_GROUP",
			"经济, 532627, PROVINCIAL_DIRECTED_GROUP", "中小学教师, 533422, PREFECTURE_DIRECTED_GROUP" })
	void routesBySeriesAndRegion(String series, String region, CommitteeKind expected) {
		assertThat(ROUTING.route(series, region)).isEqualTo(expected);
	}

	@Test
	void loadsFromTheClasspathAndHasHistoryTimeToLive() {
		assertThat(DirectedReviewRouting.fromClasspath().route("工程", "530326"))
			.isEqualTo(CommitteeKind.PROVINCIAL_DIRECTED_GROUP);
		Decision decision = Dmn.readModelFromFile(Path.of("processes", "review-routing.dmn").toFile())
			.getModelElementById(DirectedReviewRouting.DECISION_ID);
		assertThat(decision.getCamundaHistoryTimeToLiveString()).isNotBlank();
	}

}
