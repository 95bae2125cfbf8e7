// The findings as the student reads them, from the first one analyzing reports:
// each in its sentence with the flagged words marked, the message, the
// suggestion, a filter by category, and a dismiss button. A dismissal is an
// event in the job's log, so the list shows it only once the log says so:
// after a reload and in a second tab alike.
import { language, t } from "./i18n.js";
import { explain } from "./upload.js";

const $ = (id) => document.getElementById(id);

/** POST the owner's decision; the event comes back on the job's stream. */
export async function dismiss(jobId, token, findingId) {
  const url = `/api/jobs/${encodeURIComponent(jobId)}/findings/${encodeURIComponent(findingId)}/dismiss`;
  const response = await fetch(url, { method: "POST", headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) {
    const body = await response.json().catch(() => null);
    throw new Error(explain(response.status, body));
  }
}

export class FindingList {
  /** `onDismiss(id)` records a dismissal and rejects with a message if it failed. */
  constructor(onDismiss) {
    this.onDismiss = onDismiss;
    this.items = new Map();
    this.labels = new Map();
    this.categories = new Set();
    $("finding-filter").onchange = () => this.applyFilter();
  }

  /** Draw what the state holds; items already drawn are kept, new ones appended. */
  render(state, labels) {
    this.labels = labels;
    const findings = Object.values(state.findings);
    $("finding-section").hidden = findings.length === 0;
    const list = $("finding-items");
    for (const finding of findings) {
      if (!this.items.has(finding.id)) {
        const item = this.item(finding);
        this.items.set(finding.id, item);
        list.append(item);
      }
    }
    const dismissed = new Set(state.dismissed);
    for (const [id, item] of this.items) this.markDismissed(item, dismissed.has(id));
    const shown = [...this.items.values()].filter((item) => !item.dataset.dismissed).length;
    $("finding-count").textContent = t("findings.count", { shown, total: this.items.size });
    this.renderFilter(findings);
    this.applyFilter();
  }

  /** Everything again, in the page's new language. */
  redraw(state, labels) {
    this.items.clear();
    this.categories.clear();
    $("finding-items").replaceChildren();
    this.render(state, labels);
  }

  item(finding) {
    const item = document.createElement("li");
    item.className = "finding";
    item.dataset.findingId = finding.id;
    item.dataset.category = finding.category;
    const label = document.createElement("span");
    label.className = "finding-category";
    label.textContent = this.label(finding.category);
    const context = document.createElement("p");
    context.className = "finding-context";
    const at = finding.context.indexOf(finding.text);
    if (at < 0) {
      context.textContent = finding.context;
    } else {
      const mark = document.createElement("mark");
      mark.textContent = finding.text;
      context.append(finding.context.slice(0, at), mark, finding.context.slice(at + finding.text.length));
    }
    const message = document.createElement("p");
    message.className = "finding-message";
    message.textContent = finding.message.replace(/^[^:]+:\s*/, "");
    item.append(label, context, message);
    if (finding.suggestion !== null) {
      const suggestion = document.createElement("p");
      suggestion.className = "finding-suggestion";
      const fix = document.createElement("ins");
      fix.textContent = finding.suggestion;
      suggestion.append(`${t("findings.suggestion")} `, fix);
      item.append(suggestion);
    }
    const button = document.createElement("button");
    button.type = "button";
    button.className = "link-button finding-dismiss";
    button.dataset.dismiss = "";
    button.textContent = t("findings.dismiss");
    button.addEventListener("click", () => this.dismissClicked(finding.id, button));
    const error = document.createElement("span");
    error.className = "finding-error";
    error.setAttribute("role", "alert");
    item.append(button, error);
    return item;
  }

  async dismissClicked(id, button) {
    const error = button.nextElementSibling;
    error.textContent = "";
    button.disabled = true;
    try {
      await this.onDismiss(id);
    } catch (failure) {
      error.textContent = failure.message;
      button.disabled = false;
    }
  }

  markDismissed(item, dismissed) {
    if (Boolean(item.dataset.dismissed) === dismissed) return;
    const button = item.querySelector("[data-dismiss]");
    if (dismissed) {
      item.dataset.dismissed = "true";
      button.disabled = true;
      button.textContent = t("findings.dismissed");
    } else {
      delete item.dataset.dismissed;
    }
  }

  label(code) {
    return this.labels.get(code)?.[language()] ?? code;
  }

  renderFilter(findings) {
    const fresh = findings.map((f) => f.category).filter((code) => !this.categories.has(code));
    if (fresh.length === 0) return;
    for (const code of fresh) this.categories.add(code);
    const select = $("finding-filter");
    const chosen = select.value;
    const all = document.createElement("option");
    all.value = "";
    all.textContent = t("findings.all");
    const options = [...this.categories].sort().map((code) => {
      const option = document.createElement("option");
      option.value = code;
      option.textContent = this.label(code);
      return option;
    });
    select.replaceChildren(all, ...options);
    select.value = chosen;
  }

  applyFilter() {
    const chosen = $("finding-filter").value;
    for (const item of this.items.values()) item.hidden = chosen !== "" && item.dataset.category !== chosen;
  }
}
