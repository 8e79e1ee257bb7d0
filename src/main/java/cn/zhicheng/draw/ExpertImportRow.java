package cn.zhicheng.draw;

import java.util.List;

/**
 * One expert of a bulk import (POST /api/experts/import). Dates ({@code termStart}, {@code termEnd}) are
 * {@code YYYY-MM-DD}; {@code titleLevel} is JUNIOR, INTERMEDIATE, ASSOCIATE_SENIOR, SENIOR or the
 * Chinese label (初级, 中级, 副高级, 正高级). {@code pools} are committee codes the expert joins (added; an
 * import never removes an expert from a pool). Empty {@code regionCode}: the employer's region.
 */
public record ExpertImportRow(String userId, String name, String phone, String email, String employerCode,
		String regionCode, String series, String specialty, String titleLevel, String termStart, String termEnd,
		Boolean active, List<String> pools) {
}
