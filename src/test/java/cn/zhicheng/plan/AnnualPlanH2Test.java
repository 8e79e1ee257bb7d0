package cn.zhicheng.plan;

/** The annual plan scenario on the default embedded H2 database. */
class AnnualPlanH2Test extends AnnualPlanScenarioTest {

}
