package cn.zhicheng.materials;

/** Materials scenarios on the default embedded H2 database. */
class MaterialsApiH2Test extends MaterialsApiScenarioTest {

}
