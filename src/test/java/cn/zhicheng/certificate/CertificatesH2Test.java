package cn.zhicheng.certificate;

/** Issuing and verifying certificates on the default embedded H2 database. */
class CertificatesH2Test extends CertificatesScenarioTest {

}
