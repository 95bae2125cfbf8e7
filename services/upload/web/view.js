// Drawing a job's folded state: progress, the four stages, message and clock.
//
// Rendering is a function of the state alone (plus the clock), so a page that
// rebuilt its state from the log after a reload looks exactly like one that
// watched the whole job live.
import { EtaSmoother } from "./eta.js";
import { STAGES, isFinished } from "./fold.js";
import { duration, percent } from "./format.js";
import { t } from "./i18n.js";

const $ = (id) => document.getElementById(id);

export const stageName = (stage) => t(`stage.${stage}`) === `stage.${stage}` ? stage : t(`stage.${stage}`);

export class JobView {
  constructor() {
    this.state = null;
    this.eta = new EtaSmoother();
    this.elapsedBase = 0;
    this.elapsedAt = 0;
    this.stageItems = new Map();
  }

  /** A new state after one event; `event` tells the clock what it just learned. */
  update(state, event) {
    if (event.type === "progress_update") {
      this.elapsedBase = state.elapsed_s;
      this.elapsedAt = performance.now();
    }
    if (event.type === "progress_update" || event.type === "job_started") this.eta.update(state.eta_s, state.eta_margin_s);
    this.state = state;
    this.render();
  }

  render() {
    const state = this.state;
    if (state === null) return;
    $("job-heading").textContent = state.filename ?? "";
    const shown = state.status === "completed" ? 100 : Math.min(state.progress, 99.9);
    const bar = $("progress");
    bar.setAttribute("aria-valuenow", String(Math.floor(shown)));
    bar.dataset.status = state.status;
    $("progress-bar").style.width = `${shown}%`;
    $("progress-value").textContent = percent(shown);
    this.renderStages(state);
    $("current-message").textContent = this.message(state);
    this.tick();
  }

  message(state) {
    if (state.status === "unknown") return t("job.connecting");
    if (state.status === "queued") return t("job.queued");
    if (state.status === "completed") return "";
    return state.message;
  }

  renderStages(state) {
    const names = [...STAGES.filter((s) => s in state.stages),
      ...Object.keys(state.stages).filter((s) => !STAGES.includes(s))];
    const list = $("stages");
    if (names.join() !== [...this.stageItems.keys()].join()) {
      list.replaceChildren();
      this.stageItems.clear();
      for (const name of names) {
        const item = document.createElement("li");
        item.className = "stage";
        item.dataset.stage = name;
        for (const part of ["marker", "name", "state", "time"]) {
          const span = document.createElement("span");
          span.className = `stage-${part}`;
          if (part === "marker") span.setAttribute("aria-hidden", "true");
          item.append(span);
        }
        list.append(item);
        this.stageItems.set(name, item);
      }
    }
    for (const [name, item] of this.stageItems) {
      const stage = state.stages[name];
      if (item.dataset.status !== stage.status) item.dataset.status = stage.status;
      if (stage.status === "running") item.setAttribute("aria-current", "step");
      else item.removeAttribute("aria-current");
      item.querySelector(".stage-name").textContent = stageName(name);
      const running = stage.status === "running" && stage.progress > 0 ? ` · ${percent(stage.progress)}` : "";
      item.querySelector(".stage-state").textContent = t(`status.${stage.status}`) + running;
      item.querySelector(".stage-time").textContent = stage.duration_s === null ? "" : duration(stage.duration_s);
    }
  }

  /** The clock: called on every render and a few times a second while the job runs. */
  tick() {
    const state = this.state;
    if (state === null) return;
    let elapsed = null;
    if (state.status === "completed") elapsed = state.processing_time_s;
    else if (isFinished(state)) elapsed = state.elapsed_s || null;
    else if (state.status === "running") {
      elapsed = this.elapsedBase + (this.elapsedAt ? (performance.now() - this.elapsedAt) / 1000 : 0);
    }
    $("elapsed").textContent = duration(elapsed);
    $("eta-box").hidden = isFinished(state);
    $("eta").textContent = this.etaText(state);
  }

  etaText(state) {
    if (state.status !== "running" && state.status !== "queued") return "–";
    const left = this.eta.remaining();
    if (left === null) return t("job.eta.unknown");
    if (left < 1) return t("job.eta.soon");
    const range = this.eta.range();
    if (range !== null) {
      const [low, high] = range.map((seconds) => duration(Math.ceil(seconds)));
      return low === high ? t("job.eta.about", { time: high }) : t("job.eta.range", { low, high });
    }
    return duration(Math.ceil(left));
  }
}
