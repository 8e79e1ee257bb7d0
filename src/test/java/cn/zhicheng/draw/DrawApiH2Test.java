package cn.zhicheng.draw;

/** Draw and pool API scenarios on the default embedded H2 database. */
class DrawApiH2Test extends DrawApiScenarioTest {

}
