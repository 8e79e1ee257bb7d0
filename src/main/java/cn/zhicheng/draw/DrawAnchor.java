package cn.zhicheng.draw;

import java.util.Optional;

import cn.zhicheng.system.EngineAccess;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * A second copy of each draw's result digest, outside the draw tables: the process variable
 * {@code drawDigest} of the draw's process instance, kept in the engine's history. Someone who rewrites
 * the draw tables consistently, digests included, still disagrees with this copy. Read as the system,
 * after the caller's own access check (the history is not every reader's to see).
 */
@Component
class DrawAnchor {

	private final HistoryService historyService;

	private final EngineAccess engineAccess;

	DrawAnchor(HistoryService historyService, EngineAccess engineAccess) {
		this.historyService = historyService;
		this.engineAccess = engineAccess;
	}

	/** The digest recorded for {@code drawId} in its process instance, if the history still has it. */
	Optional<String> resultDigest(String processInstanceId, String drawId) {
		if (processInstanceId == null) {
			return Optional.empty();
		}
		return this.engineAccess.asSystem(() -> {
			String recordedDraw = value(processInstanceId, ExpertDrawProcess.DRAW_ID.name());
			if (!drawId.equals(recordedDraw)) {
				return Optional.<String>empty();
			}
			return Optional.ofNullable(value(processInstanceId, ExpertDrawProcess.DRAW_DIGEST.name()));
		});
	}

	private String value(String processInstanceId, String name) {
		HistoricVariableInstance variable = this.historyService.createHistoricVariableInstanceQuery()
			.processInstanceIdIn(processInstanceId)
			.variableName(name)
			.disableCustomObjectDeserialization()
			.list()
			.stream()
			.filter(v -> v.getValue() instanceof String)
			.findFirst()
			.orElse(null);
		return variable == null ? null : (String) variable.getValue();
	}

}
