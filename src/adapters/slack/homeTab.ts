// Publishes the App Home tab whenever someone opens it, so it always shows the cases as they are now;
// a staff member's is then kept current as cases change (homeRefresh.ts).
import type { App } from '@slack/bolt';
import { customerHomeView, staffHomeView } from './appHome.ts';
import { HOME_CASE_LIMIT } from './homeRefresh.ts';
import { PLATFORM, type SlackContext } from './slackContext.ts';

export function registerHomeTab(app: App, ctx: SlackContext): void {
  app.event('app_home_opened', async ({ event }) => {
    if (event.tab !== 'home') return;
    const user = event.user;
    const staff = await ctx.staff.isStaff(user);
    const view = staff
      ? staffHomeView(await ctx.desk.cases.list({ state: 'open', limit: HOME_CASE_LIMIT }), ctx.workspaceUrl, ctx.now().toISOString())
      : customerHomeView(await ctx.desk.cases.openCaseOf(PLATFORM, user), ctx.workspaceUrl);
    await ctx.client.views.publish({ user_id: user, view });
    if (staff) ctx.home.viewed(user);
    else ctx.home.forget(user);
  });
}
