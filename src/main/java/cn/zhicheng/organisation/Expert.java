package cn.zhicheng.organisation;

import cn.zhicheng.common.TitleLevel;

/** A reviewing expert (评审专家) of the expert pool, working at {@code employerCode}. */
public record Expert(String userId, String employerCode, String series, String specialty, TitleLevel titleLevel,
		boolean active) {
}
