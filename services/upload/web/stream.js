// One job's events over the gateway's WebSocket: replay, then live, through any drop.
//
// The gateway sends frames {seq, event}. We remember the last seq we applied
// and reconnect with after=<that seq>, so after a drop we get exactly the
// events we missed; a frame at or below it is never applied twice.
import { restAfter } from "./fold.js";

// Close codes: 1000 after the terminal event means done; 4401/4403 mean no
// access; these others mean the request itself is wrong. Anything else (1006
// network loss, 1011/1012 server trouble, 1013 too slow, …) is worth a retry.
const NORMAL = 1000;
const DENIED = new Set([4401, 4403]);
const HOPELESS = new Set([1003, 1008, 1009]);
const FIRST_DELAY_MS = 500;
const MAX_DELAY_MS = 10000;

export class JobStream {
  /**
   * @param {object} options
   * @param {string} options.jobId
   * @param {string} options.token
   * @param {(frame: {seq: number, event: object}) => void} options.onFrame
   * @param {(status: string) => void} options.onStatus
   *   "connecting" | "live" | "reconnecting" | "done" | "denied" | "broken"
   */
  constructor({ jobId, token, onFrame, onStatus }) {
    this.jobId = jobId;
    this.token = token;
    this.onFrame = onFrame;
    this.onStatus = onStatus;
    this.lastSeq = 0;
    this.ended = false;
    this.failures = 0;
    this.socket = null;
    this.timer = null;
    this.stopped = false;
    this.retryNow = () => this.reconnectNow();
  }

  start() {
    window.addEventListener("online", this.retryNow);
    this.connect("connecting");
  }

  /** Leave for good (another job, or back to the upload form). */
  stop() {
    this.stopped = true;
    window.removeEventListener("online", this.retryNow);
    clearTimeout(this.timer);
    if (this.socket) this.socket.close(NORMAL);
    this.socket = null;
  }

  url() {
    const scheme = location.protocol === "https:" ? "wss:" : "ws:";
    const query = new URLSearchParams({ token: this.token, after: String(this.lastSeq) });
    return `${scheme}//${location.host}/ws/jobs/${encodeURIComponent(this.jobId)}?${query}`;
  }

  connect(status) {
    this.timer = null;
    this.onStatus(status);
    const socket = new WebSocket(this.url());
    this.socket = socket;
    socket.addEventListener("open", () => {
      if (this.socket === socket) this.onStatus("live");
    });
    socket.addEventListener("message", (message) => {
      if (this.socket !== socket) return;
      this.receive(message.data);
    });
    socket.addEventListener("close", (closed) => {
      if (this.socket !== socket || this.stopped) return;
      this.socket = null;
      this.closed(closed.code);
    });
  }

  receive(data) {
    let frame;
    try {
      frame = JSON.parse(data);
    } catch {
      return; // not a frame; the next reconnect resumes from lastSeq anyway
    }
    if (!Number.isInteger(frame.seq) || frame.seq <= this.lastSeq) return;
    this.lastSeq = frame.seq;
    this.failures = 0;
    const rest = restAfter(frame.event);
    if (rest !== null) this.ended = rest;
    this.onFrame(frame);
  }

  closed(code) {
    if (this.ended) {
      this.onStatus("done");
      // A decision recorded after the end, while the socket closed, is read from the log.
      this.catchUp().catch(() => {});
    } else if (DENIED.has(code)) {
      this.onStatus("denied");
    } else if (HOPELESS.has(code)) {
      this.onStatus("broken");
    } else {
      this.scheduleReconnect();
    }
  }

  scheduleReconnect() {
    this.onStatus("reconnecting");
    const ceiling = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** this.failures);
    this.failures += 1;
    // Jitter, so a restarted gateway is not hit by every page in the same instant.
    const delay = ceiling / 2 + Math.random() * (ceiling / 2);
    this.timer = setTimeout(() => this.connect("reconnecting"), delay);
  }

  /**
   * What the log holds beyond the last frame, read over HTTP: after the job
   * ended the socket is closed, yet a decision (a dismissal) may follow.
   */
  async catchUp() {
    const query = new URLSearchParams({ after: String(this.lastSeq) });
    const response = await fetch(
      `/api/jobs/${encodeURIComponent(this.jobId)}/events?${query}`,
      { headers: { Authorization: `Bearer ${this.token}` } },
    );
    if (!response.ok) return;
    for (const line of (await response.text()).split("\n")) {
      if (line.trim()) this.receive(line);
    }
  }

  /** Follow the job again after it came to rest: a revision was requested. */
  resume() {
    if (this.stopped || this.socket !== null || this.timer !== null) return;
    this.ended = false;
    this.connect("connecting");
  }

  /** The network is back: don't sit out the rest of the backoff. */
  reconnectNow() {
    if (this.timer === null || this.stopped) return;
    clearTimeout(this.timer);
    this.connect("reconnecting");
  }
}
