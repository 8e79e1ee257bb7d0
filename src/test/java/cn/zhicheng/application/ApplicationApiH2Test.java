package cn.zhicheng.application;

/** Application API scenarios on the default embedded H2 database. */
class ApplicationApiH2Test extends ApplicationApiScenarioTest {

}
