/** Arabic counts: 1, 2, 3–10 and 11+ take different forms; plain forms that read well with a number are used. */
export const count = (n: number, one: string, two: string, few: string, many: string) => (n === 1 ? one : n === 2 ? two : n >= 3 && n <= 10 ? `${n} ${few}` : `${n} ${many}`);
