package cn.zhicheng.system;

/** The foundation scenarios on the default embedded H2 database. */
class FoundationH2Test extends FoundationScenarioTest {

}
