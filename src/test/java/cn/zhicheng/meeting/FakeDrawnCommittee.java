package cn.zhicheng.meeting;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A stand-in for the expert draw (stage 5) until its tables land: tests register the demo experts they
 * want as the drawn members and alternates of a draw id. Not in production code on purpose: the real
 * port reads the draw's tables.
 */
class FakeDrawnCommittee implements DrawnCommittee {

	private final Map<String, List<List<String>>> draws = new ConcurrentHashMap<>();

	private final AtomicInteger sequence = new AtomicInteger();

	/** Registers a draw and returns its id. */
	String draw(List<String> members, List<String> alternates) {
		String id = "DRAW-" + this.sequence.incrementAndGet();
		this.draws.put(id, List.of(List.copyOf(members), List.copyOf(alternates)));
		return id;
	}

	@Override
	public List<String> members(String drawId) {
		return this.draws.get(drawId).get(0);
	}

	@Override
	public List<String> alternates(String drawId) {
		return this.draws.get(drawId).get(1);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Configuration {

		/**
		 * Meeting tests use review years of their own (2030 …) without running a review cycle for them; the
		 * application window (N2, tested with the cycle) is open for them.
		 */
		@Bean
		@org.springframework.context.annotation.Primary
		cn.zhicheng.application.ApplicationWindow windowOpenForMeetingTests() {
			return (committee, reviewYear, today) -> {
			};
		}

		@Bean
		@org.springframework.context.annotation.Primary
		FakeDrawnCommittee drawnCommittee() {
			return new FakeDrawnCommittee();
		}

	}

}
