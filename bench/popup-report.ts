// One table row per budget: `measure | budget | measured | met?`, as every bench section prints it.

export function row(measure: string, budget: string, measured: string, met: boolean | null): void {
  console.log(`${measure} | ${budget} | ${measured} | ${met === null ? 'n/a' : met ? 'met' : 'NOT met'}`);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
export const ratio = (value: number) => `${value.toFixed(2)}×`;
