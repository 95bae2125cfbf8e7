// The visible history: one line per meaningful event, keyed by its stream seq.
//
// Built from the same frames as the state, so a reload (full replay) or a
// resumed connection (after=<last seq>) yields the same lines; a seq that is
// already shown is never added again.
import { duration } from "./format.js";
import { t } from "./i18n.js";
import { stageName } from "./view.js";

const MAX_LINES = 400;

function describe(event, before) {
  switch (event.type) {
    case "job_created": return t("log.created", { name: event.filename });
    case "job_started": return t("log.started");
    case "stage_started": return t("log.stage_started", { stage: stageName(event.stage) });
    case "progress_update":
      // Only news: the same message ten times a second is noise.
      return event.message && event.message !== before.message ? event.message : null;
    case "stage_completed":
      return t("log.stage_completed", { stage: stageName(event.stage), time: duration(event.duration_s) });
    case "job_completed": return t("log.completed", { time: duration(event.processing_time_s) });
    case "job_failed": return t("log.failed", { message: event.message });
    case "cancel_requested": return t("log.cancel_requested");
    case "job_cancelled": return t("log.cancelled");
    default: return null;
  }
}

export class MessageLog {
  constructor(list) {
    this.list = list;
    this.entries = []; // {seq, event, before} to redraw in another language
  }

  clear() {
    this.entries = [];
    this.list.replaceChildren();
  }

  add(frame, before) {
    if (before.status === "completed" || before.status === "failed" || before.status === "cancelled") return;
    if (this.entries.some((entry) => entry.seq === frame.seq)) return;
    if (describe(frame.event, before) === null) return;
    const entry = { seq: frame.seq, event: frame.event, before };
    this.entries.push(entry);
    this.list.append(this.line(entry));
    while (this.list.children.length > MAX_LINES) this.list.firstElementChild.remove();
    // Follow the newest line inside the list only; the page itself stays put.
    this.list.scrollTop = this.list.scrollHeight;
  }

  line(entry) {
    const item = document.createElement("li");
    item.dataset.seq = String(entry.seq);
    const time = document.createElement("time");
    time.dateTime = entry.event.at;
    const at = new Date(entry.event.at);
    time.textContent = Number.isNaN(at.valueOf()) ? "" : at.toLocaleTimeString(undefined, { hour12: false });
    const text = document.createElement("span");
    text.textContent = describe(entry.event, entry.before);
    item.append(time, text);
    return item;
  }

  redraw() {
    this.list.replaceChildren(...this.entries.slice(-MAX_LINES).map((entry) => this.line(entry)));
  }
}
