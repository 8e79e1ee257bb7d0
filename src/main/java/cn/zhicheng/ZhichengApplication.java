package cn.zhicheng;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ZhichengApplication {

	public static void main(String[] args) {
		SpringApplication.run(ZhichengApplication.class, args);
	}

}
