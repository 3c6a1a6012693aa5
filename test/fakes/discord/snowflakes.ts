// Discord ids (snowflakes) carry their creation time; the fake makes them at the times tests choose.
const DISCORD_EPOCH = 1_420_070_400_000n;

let increment = 0n;

export function snowflakeAt(ms: number): string {
  increment = (increment + 1n) % 4096n;
  return (((BigInt(ms) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}

export function timeOfSnowflake(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
}
