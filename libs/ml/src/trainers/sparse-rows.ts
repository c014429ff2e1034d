/** The non-zero entries of each row: one-hot columns are mostly zero, so passes touch a few per row. */
export function nonZeros(
  x: Float32Array,
  rows: number,
  columns: number,
): { rowStart: Uint32Array; column: Uint16Array; value: Float32Array } {
  const rowStart = new Uint32Array(rows + 1);
  for (let r = 0; r < rows; r++) {
    let n = 0;
    for (let c = 0; c < columns; c++) if (x[r * columns + c] !== 0) n++;
    rowStart[r + 1] = rowStart[r] + n;
  }
  const column = new Uint16Array(rowStart[rows]);
  const value = new Float32Array(rowStart[rows]);
  for (let r = 0, e = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const v = x[r * columns + c];
      if (v !== 0) {
        column[e] = c;
        value[e++] = v;
      }
    }
  }
  return { rowStart, column, value };
}
