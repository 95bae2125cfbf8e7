// The end of a job: what was found, how long each step took, and the download.
import { STAGES } from "./fold.js";
import { duration, number } from "./format.js";
import { language, t } from "./i18n.js";
import { explain } from "./upload.js";
import { stageName } from "./view.js";

const $ = (id) => document.getElementById(id);

/** Findings per category as bars; `labels` maps code → {de, en} from /api/config. */
export function renderResult(state, labels) {
  const metrics = state.metrics ?? { words: 0, findings: {}, comments_inserted: 0 };
  $("result-summary").textContent = t("done.summary", {
    comments: number(metrics.comments_inserted),
    words: number(metrics.words),
    time: duration(state.processing_time_s),
  });
  renderFindings(metrics.findings, labels);
  renderTiming(state);
}

function renderFindings(findings, labels) {
  const list = $("findings");
  const rows = Object.entries(findings).filter(([, count]) => count > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (rows.length === 0) {
    const empty = document.createElement("li");
    empty.className = "empty";
    empty.textContent = t("done.nofindings");
    list.replaceChildren(empty);
    return;
  }
  const most = rows[0][1];
  list.replaceChildren(...rows.map(([code, count]) => {
    const item = document.createElement("li");
    item.dataset.category = code;
    const name = document.createElement("span");
    name.className = "bar-label";
    name.textContent = labels.get(code)?.[language()] ?? code;
    const track = document.createElement("span");
    track.className = "bar-track";
    const bar = document.createElement("span");
    bar.className = "bar";
    bar.style.width = `${Math.max(2, (count / most) * 100)}%`;
    track.append(bar);
    const value = document.createElement("span");
    value.className = "bar-value";
    value.textContent = number(count);
    item.append(name, track, value);
    return item;
  }));
}

function renderTiming(state) {
  const names = [...STAGES, ...Object.keys(state.stages).filter((s) => !STAGES.includes(s))]
    .filter((name) => state.stages[name]?.duration_s !== null && state.stages[name] !== undefined);
  const total = names.reduce((sum, name) => sum + state.stages[name].duration_s, 0) || 1;
  $("timing").replaceChildren(...names.map((name, index) => {
    const part = document.createElement("span");
    part.className = `segment segment-${index % 4}`;
    part.style.flexGrow = String(Math.max(state.stages[name].duration_s / total, 0.01));
    part.title = `${stageName(name)}: ${duration(state.stages[name].duration_s)}`;
    return part;
  }));
  $("timing-legend").replaceChildren(...names.map((name, index) => {
    const item = document.createElement("li");
    const swatch = document.createElement("span");
    swatch.className = `swatch segment-${index % 4}`;
    swatch.setAttribute("aria-hidden", "true");
    const text = document.createElement("span");
    text.textContent = `${stageName(name)} ${duration(state.stages[name].duration_s)}`;
    item.append(swatch, text);
    return item;
  }));
}

function filenameFrom(disposition, fallback) {
  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition ?? "");
  if (encoded) {
    try {
      return decodeURIComponent(encoded[1].trim());
    } catch {
      // fall through to the plain form
    }
  }
  const plain = /filename\s*=\s*"([^"]+)"/i.exec(disposition ?? "");
  return plain ? plain[1] : fallback;
}

/** Fetch the result with the token in a header (never in a URL), then save it. */
export async function download(jobId, token, fallbackName) {
  const response = await fetch(`/api/jobs/${encodeURIComponent(jobId)}/result`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  if (!response.ok) {
    const body = await response.json().catch(() => null);
    throw new Error(explain(response.status, body));
  }
  const name = filenameFrom(response.headers.get("content-disposition"), fallbackName);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}
