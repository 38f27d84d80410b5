// The wall clock the use cases read "now" from; injectable so that tests pin the date.
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
