// The Slack workspace of the edge part: a support channel, a staff channel and one staff member.
export const SLACK_IDS = { support: 'C0SUPPORT', staffChannel: 'G0STAFF', staff: 'USTAFF1' } as const;
export const SLACK_SIGNING_SECRET = 'bench-signing-secret-0123456789';
