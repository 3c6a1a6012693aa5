// Slack tells the app when the members of a user group change (subteam_members_changed). For the staff
// group, the staff directory forgets the members it kept, and App Homes showing the staff view are
// checked again at once, so someone who left the group stops seeing cases now rather than at the next
// case change.
import type { App } from '@slack/bolt';
import type { SlackContext } from './slackContext.ts';

export function registerStaffGroupChanges(app: App, ctx: SlackContext): void {
  app.event('subteam_members_changed', async ({ event }) => {
    if (event.subteam_id !== ctx.config.staffUsergroup) return;
    ctx.staff.forget();
    ctx.background('App Home refresh after a staff group change', ctx.home.changed());
  });
}
