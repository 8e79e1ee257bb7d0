package cn.zhicheng.certificate;

import cn.zhicheng.common.TitleLevel;
import cn.zhicheng.qualification.Track;

/** A passed application of a cycle (C2), with what its certificate will say. */
record PassedApplicant(String applicationId, String name, Track track, String regionCode, String unitCreditCode,
		String unitName, String targetSeries, String targetSpecialty, TitleLevel targetLevel) {
}
