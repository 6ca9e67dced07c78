/** Targets are stored in working minutes and shown in hours. */
export const minutesToHours = (m: number | null): number | null =>
  m === null ? null : Math.round((m / 60) * 100) / 100;
export const hoursToMinutes = (h: number | null | undefined): number | null =>
  h === null || h === undefined ? null : Math.round(h * 60);
