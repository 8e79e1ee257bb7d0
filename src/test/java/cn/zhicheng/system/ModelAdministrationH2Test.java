package cn.zhicheng.system;

/** Model administration (issue 9) on the default embedded H2 database. */
class ModelAdministrationH2Test extends ModelAdministrationScenarioTest {

}
