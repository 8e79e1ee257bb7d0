package cn.zhicheng.publicity;

/** The public complaint path on the default embedded H2 database. */
class PublicComplaintH2Test extends PublicComplaintScenarioTest {

}
