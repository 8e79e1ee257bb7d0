package cn.zhicheng.certificate;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gap-free counters in {@code zc_number_sequence}, safe across nodes: the next value is taken by an UPDATE
 * in the caller's transaction, which keeps the row locked until it commits or rolls back, so two nodes never
 * draw the same value and a rolled-back issue gives its values back. The row of a new scope is created in its
 * own short transaction first (the loser of a race for it simply finds it).
 */
@Component
class NumberSequences {

	private final CertificateMapper mapper;

	private final TransactionTemplate separate;

	NumberSequences(CertificateMapper mapper, PlatformTransactionManager transactions) {
		this.mapper = mapper;
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Makes sure the counter exists (committed), outside the caller's transaction. */
	void ensure(String scope) {
		if (this.mapper.countSequence(scope) > 0) {
			return;
		}
		try {
			this.separate.executeWithoutResult(status -> {
				if (this.mapper.countSequence(scope) == 0) {
					this.mapper.insertSequence(scope);
				}
			});
		}
		catch (DuplicateKeyException raceLost) {
			// another node created it at the same moment: it exists now
		}
	}

	/** The next value of the counter, in the caller's transaction (call {@link #ensure} before it starts). */
	int next(String scope) {
		if (this.mapper.incrementSequence(scope) != 1) {
			throw new IllegalStateException("编号计数器不存在：" + scope);
		}
		return this.mapper.sequenceValue(scope);
	}

}
