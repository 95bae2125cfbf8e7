// Job state as a pure fold over the job's events: the page's copy of contracts/state.py.
//
// Same meaning as the Python fold, checked by the shared vectors in
// tests/contracts/fold_vectors.json. Self-contained (no imports) so node can
// load it for those tests. Never mutates its input.

export const STAGES = Object.freeze(["parsing", "analyzing", "integrating", "formatting"]);
export const STAGE_WEIGHTS = Object.freeze({
  parsing: 15, analyzing: 60, integrating: 20, formatting: 5,
});
export const TERMINAL = Object.freeze(["job_completed", "job_failed", "job_cancelled"]);

// Field defaults of contracts/events.py, for events written before a field existed.
const DEFAULTS = {
  job_created: { language: "auto", categories: [] },
  job_started: { estimated_duration_s: null, estimated_margin_s: null, attempt: 1 },
  stage_started: { attempt: 1 },
  progress_update: { message: "", eta_s: null, eta_margin_s: null, elapsed_s: 0 },
  stage_completed: { next_stage: null },
  job_completed: { metrics: null },
  job_failed: { stage: null },
  cancel_requested: {},
  job_cancelled: { stage: null },
  findings_reported: { findings: [] },
  finding_dismissed: {},
  revision_requested: {},
  revision_completed: {},
  revision_failed: {},
};
const FINDING_DEFAULTS = { suggestion: null };

const stageState = () => ({ status: "waiting", progress: 0, duration_s: null, attempt: 0 });

export function initialState() {
  return {
    job_id: "",
    status: "unknown",
    filename: null,
    size: null,
    language: null,
    stages: Object.fromEntries(STAGES.map((stage) => [stage, stageState()])),
    stage_weights: { ...STAGE_WEIGHTS },
    current_stage: null,
    progress: 0,
    message: "",
    eta_s: null,
    eta_margin_s: null,
    elapsed_s: 0,
    estimated_duration_s: null,
    attempt: 0,
    created_at: null,
    started_at: null,
    finished_at: null,
    result_name: null,
    processing_time_s: null,
    metrics: null,
    error: null,
    cancel_requested: false,
    findings: {},
    dismissed: [],
    revision: null,
    events: 0,
  };
}

export const isTerminal = (event) => TERMINAL.includes(event.type);

/** Whether the job is at rest after `event` (ended, or its revision ended); null: unchanged. */
export function restAfter(event) {
  if (TERMINAL.includes(event.type)) return true;
  if (event.type === "revision_completed" || event.type === "revision_failed") return true;
  if (event.type === "revision_requested") return false;
  return null;
}
export const isFinished = (state) => ["completed", "failed", "cancelled"].includes(state.status);

function withStage(state, stage, changes) {
  const current = state.stages[stage] ?? stageState();
  return { ...state.stages, [stage]: { ...current, ...changes } };
}

function metricsOf(raw) {
  const metrics = raw ?? {};
  return {
    words: metrics.words ?? 0,
    findings: { ...(metrics.findings ?? {}) },
    comments_inserted: metrics.comments_inserted ?? 0,
  };
}

/** The state after one more event. Unknown event types are ignored (newer servers). */
export function apply(state, rawEvent) {
  const defaults = DEFAULTS[rawEvent.type];
  if (defaults === undefined) return state;
  const event = { ...defaults, ...rawEvent };
  state = { ...state, job_id: event.job_id, events: state.events + 1 };
  if (event.type === "finding_dismissed") {
    // A decision about the result, so it counts after the job ended too; once is enough.
    const id = event.finding_id;
    if (state.dismissed.includes(id) || !(id in state.findings)) return state;
    return { ...state, dismissed: [...state.dismissed, id] };
  }
  if (state.status === "completed") return revised(state, event);
  // A terminal event is final; anything after it (a late duplicate) changes nothing.
  if (isFinished(state)) return state;
  switch (event.type) {
    case "job_created":
      return {
        ...state,
        status: "queued",
        filename: event.filename,
        size: event.size,
        language: event.language,
        created_at: event.at,
      };
    case "job_started":
      return {
        ...state,
        status: "running",
        stage_weights: { ...event.stage_weights },
        estimated_duration_s: event.estimated_duration_s,
        eta_s: state.eta_s === null ? event.estimated_duration_s : state.eta_s,
        eta_margin_s: state.eta_s === null ? event.estimated_margin_s : state.eta_margin_s,
        attempt: event.attempt,
        started_at: state.started_at ?? event.at,
      };
    case "stage_started":
      return {
        ...state,
        status: "running",
        current_stage: event.stage,
        stages: withStage(state, event.stage, { status: "running", attempt: event.attempt }),
      };
    case "progress_update": {
      const stage = state.stages[event.stage] ?? stageState();
      return {
        ...state,
        current_stage: event.stage,
        progress: Math.max(state.progress, event.progress),
        message: event.message || state.message,
        eta_s: event.eta_s,
        eta_margin_s: event.eta_margin_s,
        elapsed_s: event.elapsed_s,
        stages: withStage(state, event.stage, {
          progress: Math.max(stage.progress, event.stage_progress),
        }),
      };
    }
    case "stage_completed": {
      let doneWeight = 0;
      for (const [name, stage] of Object.entries(state.stages)) {
        if (stage.status === "done" || name === event.stage) {
          doneWeight += state.stage_weights[name] ?? 0;
        }
      }
      return {
        ...state,
        current_stage: event.next_stage,
        progress: Math.max(state.progress, Math.min(doneWeight, 100)),
        stages: withStage(state, event.stage, {
          status: "done", progress: 100, duration_s: event.duration_s,
        }),
      };
    }
    case "job_completed":
      return {
        ...state,
        status: "completed",
        stages: Object.fromEntries(
          Object.entries(state.stages).map(
            ([name, stage]) => [name, { ...stage, status: "done", progress: 100 }],
          ),
        ),
        current_stage: null,
        progress: 100,
        eta_s: 0,
        eta_margin_s: 0,
        result_name: event.result_name,
        processing_time_s: event.processing_time_s,
        metrics: metricsOf(event.metrics),
        finished_at: event.at,
      };
    case "job_failed":
      return {
        ...state,
        status: "failed",
        stages: event.stage === null
          ? state.stages
          : withStage(state, event.stage, { status: "failed" }),
        eta_s: null,
        eta_margin_s: null,
        message: event.message,
        error: { code: event.code, message: event.message, stage: event.stage },
        finished_at: event.at,
      };
    case "cancel_requested":
      return { ...state, cancel_requested: true };
    case "findings_reported": {
      // A retried unit reports the same ids again: the later report replaces the earlier.
      const findings = { ...state.findings };
      for (const finding of event.findings) {
        findings[finding.id] = { ...FINDING_DEFAULTS, ...finding };
      }
      return { ...state, findings };
    }
    case "job_cancelled":
      return {
        ...state,
        status: "cancelled",
        stages: event.stage === null
          ? state.stages
          : withStage(state, event.stage, { status: "cancelled" }),
        current_stage: null,
        eta_s: null,
        eta_margin_s: null,
        finished_at: event.at,
      };
    default:
      return state;
  }
}

/** After completion only a revision moves: requested, its stages, its end. */
function revised(state, event) {
  const revision = state.revision;
  const running = revision !== null && revision.status === "running";
  if (event.type === "revision_requested") {
    if (running) return state;
    const fresh = {
      number: event.revision, status: "running", stage: null, progress: 0,
      result_name: null, comments_inserted: null, error: null,
    };
    return { ...state, revision: fresh };
  }
  if (!running) return state; // anything else after the end (a late duplicate) changes nothing
  switch (event.type) {
    case "stage_started":
      return { ...state, revision: { ...revision, stage: event.stage } };
    case "progress_update":
      return {
        ...state,
        revision: { ...revision, stage: event.stage, progress: Math.max(revision.progress, event.progress) },
      };
    case "revision_completed":
      if (event.revision !== revision.number) return state;
      return {
        ...state,
        result_name: event.result_name,
        revision: {
          ...revision, status: "completed", stage: null, progress: 100,
          result_name: event.result_name, comments_inserted: event.comments_inserted,
        },
      };
    case "revision_failed":
      if (event.revision !== revision.number) return state;
      return {
        ...state,
        revision: {
          ...revision, status: "failed",
          error: { code: event.code, message: event.message, stage: revision.stage },
        },
      };
    default:
      return state;
  }
}

/** The state a sequence of events leads to, from nothing (or from `state`). */
export function fold(events, state = initialState()) {
  return events.reduce(apply, state);
}
