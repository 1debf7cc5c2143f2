/**
 * A d3-geo path context (`geoPath(projection, context)`) that writes short SVG path data: whole units, each point
 * relative to the one before, repeated points dropped and a straight run of points written as one segment.
 * A country's outline is about half as long as `geoPath().digits(0)` writes it, and draws the same shape.
 */
export class CompactPathContext {
  private out = '';
  /** The last point written, and the start of the current ring (where `z` returns to). */
  private x = 0;
  private y = 0;
  private startX = 0;
  private startY = 0;
  /** The end of a straight run not written yet: a further point in line with it extends the run. */
  private pending: { x: number; y: number } | null = null;
  private lastCommand = '';

  /** d3-geo begins each feature's path; rings start with moveTo. */
  beginPath(): void {}

  moveTo(x: number, y: number): void {
    this.flush();
    const rx = Math.round(x);
    const ry = Math.round(y);
    this.write('m', rx - this.x, ry - this.y);
    this.x = this.startX = rx;
    this.y = this.startY = ry;
  }

  lineTo(x: number, y: number): void {
    const rx = Math.round(x);
    const ry = Math.round(y);
    const from = this.pending ?? { x: this.x, y: this.y };
    if (rx === from.x && ry === from.y) return;
    if (this.pending) {
      const ax = this.pending.x - this.x;
      const ay = this.pending.y - this.y;
      const bx = rx - this.pending.x;
      const by = ry - this.pending.y;
      // In line and the same way: the run goes on.
      if (ax * by - ay * bx === 0 && ax * bx + ay * by > 0) {
        this.pending = { x: rx, y: ry };
        return;
      }
      this.flush();
    }
    this.pending = { x: rx, y: ry };
  }

  closePath(): void {
    this.flush();
    this.out += 'z';
    this.lastCommand = 'z';
    this.x = this.startX;
    this.y = this.startY;
  }

  /** Points are written by d3-geo's projection stream; a point feature's circle is not used by the maps. */
  arc(_x: number, _y: number, _radius: number, _startAngle: number, _endAngle: number): void {
    throw new Error('CompactPathContext: arcs are not supported');
  }

  /** The path data so far (and ends any run still open). */
  result(): string {
    this.flush();
    const d = this.out;
    this.out = '';
    this.x = this.y = this.startX = this.startY = 0;
    this.lastCommand = '';
    return d;
  }

  private flush(): void {
    if (!this.pending) return;
    this.write('l', this.pending.x - this.x, this.pending.y - this.y);
    this.x = this.pending.x;
    this.y = this.pending.y;
    this.pending = null;
  }

  private write(command: 'm' | 'l', dx: number, dy: number): void {
    // After an `l`, further pairs are lines too; a minus sign separates numbers by itself.
    const first = command === 'l' && this.lastCommand === 'l' ? (dx < 0 ? '' : ' ') + dx : command + dx;
    this.out += first + (dy < 0 ? '' : ' ') + dy;
    this.lastCommand = command;
  }
}
