package cn.zhicheng.meeting;

/** The stages after the meeting on the default embedded H2 database. */
class ResultStagesH2Test extends ResultStagesScenarioTest {

}
