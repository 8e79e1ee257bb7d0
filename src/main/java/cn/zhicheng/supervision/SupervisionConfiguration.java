package cn.zhicheng.supervision;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The supervision gauges refresh on a schedule ({@link SupervisionMetrics}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SupervisionConfiguration {

}
