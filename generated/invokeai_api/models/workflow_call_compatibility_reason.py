from enum import StrEnum


class WorkflowCallCompatibilityReason(StrEnum):
    EXCEEDS_CAPACITY = "exceeds_capacity"
    INVALID_GRAPH = "invalid_graph"
    INVALID_INPUTS = "invalid_inputs"
    MISSING_WORKFLOW_RETURN = "missing_workflow_return"
    MULTIPLE_WORKFLOW_RETURN = "multiple_workflow_return"
    OK = "ok"
    UNKNOWN = "unknown"
    UNSUPPORTED_BATCH_INPUT = "unsupported_batch_input"
    UNSUPPORTED_NODE = "unsupported_node"

    def __str__(self) -> str:
        return str(self.value)
