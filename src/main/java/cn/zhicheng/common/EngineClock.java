package cn.zhicheng.common;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * "Now" for the domain tables' audit columns and deadlines: the engine clock (which tests and the
 * reliability nodes move) in Beijing time, so that a record and the process step that wrote it agree.
 */
public final class EngineClock {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private EngineClock() {
	}

	public static LocalDateTime now() {
		return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), BEIJING);
	}

}
