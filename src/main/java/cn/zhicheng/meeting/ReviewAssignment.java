package cn.zhicheng.meeting;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

import cn.zhicheng.common.RuleViolation;

/**
 * Who reads whose materials (M3, E6), without Camunda or the database:
 * <ul>
 * <li>every applicant is read independently by {@code perApplicant} (at least 3) different attending
 * experts (M3);</li>
 * <li>an expert never reads an applicant of the unit they work for (E6: 回避, zc_expert.employer_code
 * against zc_application.unit_credit_code);</li>
 * <li>the work is balanced: the loads of any two attending experts differ by at most one whenever the
 * recusals allow it at all; when they do not (say most applicants come from the unit of several experts),
 * the largest load is as small as possible and only the experts the recusals keep out get less.</li>
 * </ul>
 * Solved as a flow: source → applicant (capacity perApplicant) → eligible expert (1) → sink (the expert's
 * capacity). The capacities of all experts rise together one level at a time, and the flow is maximised at
 * each level. Augmenting paths never lower an expert's sink flow, so at the level ⌊total / experts⌋ every
 * expert is full if a balanced assignment exists, and the next level completes it; the first level that
 * reaches the total is the smallest possible largest load. Experts and applicants are shuffled first, so
 * nobody can predict whom they will read.
 */
final class ReviewAssignment {

	/** M3: at least three experts read every applicant. */
	static final int MIN_REVIEWERS = 3;

	record Reviewer(String expertId, String employerCode) {
	}

	record Applicant(String applicationId, String unitCreditCode, String name) {
	}

	private ReviewAssignment() {
	}

	/** Application id → the expert ids reading it. Throws {@link RuleViolation} when M3/E6 cannot both hold. */
	static Map<String, List<String>> assign(List<Reviewer> reviewers, List<Applicant> applicants, int perApplicant,
			Random random) {
		RuleViolation.require(perApplicant >= MIN_REVIEWERS, "reviewersPerApplicant", "M3",
				"每名申报人的材料须经不少于" + MIN_REVIEWERS + "名专家独自审阅（M3），设置为" + perApplicant + "名");
		RuleViolation.require(reviewers.size() >= perApplicant, "attendance", "M3",
				"出席专家" + reviewers.size() + "名，少于每名申报人所需的" + perApplicant + "名审阅专家（M3）");
		List<Reviewer> experts = new ArrayList<>(reviewers);
		List<Applicant> people = new ArrayList<>(applicants);
		Collections.shuffle(experts, random);
		Collections.shuffle(people, random);
		for (Applicant applicant : people) {
			long eligible = experts.stream().filter(e -> !conflicted(e, applicant)).count();
			RuleViolation.require(eligible >= perApplicant, "attendance", "E6",
					"申报人" + applicant.name() + "所在单位的专家须回避（E6），回避后出席专家只剩" + eligible + "名，不足" + perApplicant
							+ "名（M3）");
		}
		int total = perApplicant * people.size();
		Network network = new Network(people, experts, perApplicant);
		int flow = 0;
		for (int level = 1; flow < total && level <= people.size(); level++) {
			network.setExpertCapacity(level);
			flow += network.maxFlow();
		}
		RuleViolation.require(flow == total, "attendance", "E6", "回避关系过多，无法为每名申报人分配" + perApplicant + "名审阅专家（M3、E6）");
		Map<String, List<String>> result = new LinkedHashMap<>();
		for (Applicant applicant : applicants) {
			result.put(applicant.applicationId(), new ArrayList<>());
		}
		for (int a = 0; a < people.size(); a++) {
			for (int e = 0; e < experts.size(); e++) {
				if (network.assigned(a, e)) {
					result.get(people.get(a).applicationId()).add(experts.get(e).expertId());
				}
			}
		}
		return result;
	}

	/** E6: same employer unit. */
	static boolean conflicted(Reviewer reviewer, Applicant applicant) {
		return Objects.equals(reviewer.employerCode(), applicant.unitCreditCode());
	}

	/** Source 0, applicants 1..A, experts A+1..A+E, sink A+E+1; capacities in a matrix (small graphs). */
	private static final class Network {

		private final int applicants;

		private final int experts;

		private final int sink;

		private final int[][] capacity;

		private final int[][] flow;

		Network(List<Applicant> people, List<Reviewer> reviewers, int perApplicant) {
			this.applicants = people.size();
			this.experts = reviewers.size();
			this.sink = this.applicants + this.experts + 1;
			this.capacity = new int[this.sink + 1][this.sink + 1];
			this.flow = new int[this.sink + 1][this.sink + 1];
			for (int a = 0; a < this.applicants; a++) {
				this.capacity[0][1 + a] = perApplicant;
				for (int e = 0; e < this.experts; e++) {
					if (!conflicted(reviewers.get(e), people.get(a))) {
						this.capacity[1 + a][expertNode(e)] = 1;
					}
				}
			}
		}

		private int expertNode(int e) {
			return 1 + this.applicants + e;
		}

		void setExpertCapacity(int value) {
			for (int e = 0; e < this.experts; e++) {
				this.capacity[expertNode(e)][this.sink] = value;
			}
		}

		boolean assigned(int a, int e) {
			return this.flow[1 + a][expertNode(e)] > 0;
		}

		/** Edmonds-Karp from the current flow; returns the flow added. */
		int maxFlow() {
			int added = 0;
			int[] parent = new int[this.sink + 1];
			while (true) {
				Arrays.fill(parent, -1);
				parent[0] = 0;
				Deque<Integer> queue = new ArrayDeque<>();
				queue.add(0);
				while (!queue.isEmpty() && parent[this.sink] < 0) {
					int u = queue.poll();
					for (int v = 0; v <= this.sink; v++) {
						if (parent[v] < 0 && this.capacity[u][v] - this.flow[u][v] > 0) {
							parent[v] = u;
							queue.add(v);
						}
					}
				}
				if (parent[this.sink] < 0) {
					return added;
				}
				for (int v = this.sink; v != 0; v = parent[v]) {
					int u = parent[v];
					this.flow[u][v] += 1;
					this.flow[v][u] -= 1;
				}
				added++;
			}
		}

	}

}
