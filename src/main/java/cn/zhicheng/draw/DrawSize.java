package cn.zhicheng.draw;

import java.util.Optional;

import cn.zhicheng.common.TitleLevel;
import cn.zhicheng.organisation.Committee;

/**
 * How many experts a committee's draw needs (E1, E3): its members ({@link Committee#memberCount()}) and
 * its alternates (备用评委).
 * <ul>
 * <li>E3: the number of members is odd; a senior committee (副高级 or 正高级) has at least 25 members when
 * organised by series and at least 11 when organised by specialty
 * ({@link cn.zhicheng.organisation.OrganisedBy#minimumSeniorMembers()}). Intermediate and junior
 * committees: odd, as configured.</li>
 * <li>E1: at least one alternate. Configured per committee ({@code zc_committee.alternate_count});
 * by default 20 % of the members, rounded up (11 → 3, 15 → 3, 25 → 5).</li>
 * </ul>
 */
record DrawSize(int members, int alternates) {

	static final int DEFAULT_ALTERNATE_PERCENT = 20;

	int total() {
		return this.members + this.alternates;
	}

	/** E3: the legal minimum of a committee's members (1 below senior level). */
	static int minimumMembers(Committee committee) {
		boolean senior = committee.titleLevel() == TitleLevel.ASSOCIATE_SENIOR
				|| committee.titleLevel() == TitleLevel.SENIOR;
		return senior ? committee.organisedBy().minimumSeniorMembers() : 1;
	}

	static int defaultAlternates(int members) {
		return Math.max(1, (members * DEFAULT_ALTERNATE_PERCENT + 99) / 100);
	}

	/** The size of the committee's draw; {@code configuredAlternates} null means the default. */
	static DrawSize of(Committee committee, Integer configuredAlternates) {
		int alternates = configuredAlternates == null ? defaultAlternates(committee.memberCount())
				: configuredAlternates;
		return new DrawSize(committee.memberCount(), alternates);
	}

	/** Why this size is not lawful for the committee (Chinese, naming the rule), or empty. */
	Optional<String> problem(Committee committee) {
		if (this.members < 1 || this.members % 2 == 0) {
			return Optional.of("评委会“" + committee.name() + "”的评委人数为" + this.members + "，应为奇数（E3），请管理员调整评委会人数后重新抽取");
		}
		int minimum = minimumMembers(committee);
		if (this.members < minimum) {
			return Optional.of("评委会“" + committee.name() + "”为" + committee.titleLevel().label() + "评委会（"
					+ committee.organisedBy().label() + "），评委不得少于" + minimum + "人，现配置为" + this.members
					+ "人（E3），请管理员调整评委会人数后重新抽取");
		}
		if (this.alternates < 1) {
			return Optional.of("评委会“" + committee.name() + "”的备用评委人数为" + this.alternates + "，至少应抽取1名备用评委（E1）");
		}
		return Optional.empty();
	}

}
