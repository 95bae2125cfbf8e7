// The server's remaining-time estimate, counted down with the clock between updates.
//
// The server already smooths its ETA (it only moves when a new estimate leaves
// the margin of the last one), so each update is taken as it is: pulling part
// of the way towards it would only make the page lag behind the truth.
// The margin (about one standard deviation) counts down with it.

// From this margin relative to the ETA, a range says more honestly what is known.
export const WIDE_MARGIN = 0.25;

export class EtaSmoother {
  constructor(now = () => performance.now()) {
    this.now = now;
    this.base = null; // seconds remaining at `at`
    this.margin = 0;
    this.at = 0;
  }

  reset() {
    this.base = null;
  }

  /** A new ETA from the server, in seconds (null = unknown, keeps counting down). */
  update(etaS, marginS = null) {
    if (etaS === null || etaS === undefined) return;
    this.base = etaS;
    this.margin = marginS ?? 0;
    this.at = this.now();
  }

  /** Seconds left now, or null before any estimate. */
  remaining() {
    if (this.base === null) return null;
    return Math.max(0, this.base - (this.now() - this.at) / 1000);
  }

  /** [low, high] seconds left while the margin is wide, else null: show one number. */
  range() {
    const left = this.remaining();
    if (left === null || this.margin < WIDE_MARGIN * Math.max(left, 1)) return null;
    return [Math.max(left - this.margin, 1), left + this.margin];
  }
}
