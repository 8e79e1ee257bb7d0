package cn.zhicheng.supervision;

/** The supervision figures on the default embedded H2 database. */
class SupervisionH2Test extends SupervisionScenarioTest {

}
