// What the Discord adapter itself says (everything about a case is worded by the service).
export const NOTICE = {
  claimButtonPost:
    'Need to return a unit or make a warranty claim? Press **Open a claim** to get a private thread with our returns desk, or simply write your claim in this channel.',
  claimButtonLabel: 'Open a claim',
  claimThreadWelcome: (user: string) =>
    `Hi <@${user}>, this private thread is for your claim: only you and our returns staff can see it. To begin, send your order number as it appears on your invoice, and a few words about the problem.`,
  threadOpened: (thread: string) => `I've opened a private thread for your claim: <#${thread}>. Please continue there.`,
  alreadyOpen: (ref: string, thread: string | null) =>
    thread ? `You already have an open claim, ${ref}: please continue in <#${thread}>.` : `You already have an open claim, ${ref}.`,
  staffNoClaim: 'Claims are opened by customers; staff work on cases with /rma and the buttons in the staff channel.',
  busy: 'Sorry, the returns desk is very busy right now and that was not recorded. Please try again in a minute.',
  busyMessage: 'Sorry, the returns desk is very busy right now and this message was not recorded. Please send it again in a minute.',
  failed: 'Sorry, something went wrong on our side and that was not recorded. Please try again in a moment.',
  staleButton: 'This button is no longer in use.',
  done: 'Done.',
  alreadyDone: 'That was already done.',
} as const;
