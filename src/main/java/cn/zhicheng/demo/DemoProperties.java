package cn.zhicheng.demo;

import java.util.ArrayList;
import java.util.List;

import cn.zhicheng.common.TitleLevel;
import cn.zhicheng.organisation.Committee;
import cn.zhicheng.organisation.Organisation;
import cn.zhicheng.organisation.Region;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The demo organisation, bound from config/demo/organisation.yaml (imported by the demo profile). */
@ConfigurationProperties("demo")
public record DemoProperties(List<Region> regions, List<Organisation> organisations, List<Staff> staff,
		List<Committee> committees, List<DemoExpert> experts, String password) {

	public DemoProperties {
		regions = regions == null ? new ArrayList<>() : regions;
		organisations = organisations == null ? new ArrayList<>() : organisations;
		staff = staff == null ? new ArrayList<>() : staff;
		committees = committees == null ? new ArrayList<>() : committees;
		experts = experts == null ? new ArrayList<>() : experts;
		password = password == null ? "demo" : password;
	}

	/** One demo login per department. */
	public record Staff(String userId, String name, String organisation) {
	}

	public record DemoExpert(String userId, String name, String employerCode, String series, String specialty,
			TitleLevel titleLevel, List<String> pools) {
	}

}
