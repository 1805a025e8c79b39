// the trainee's day: pick a profile, play login-failure-angry, reload mid-way, resume, finish, debrief, progress
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { check, shoot, textOf, visible, type E2eCase } from './support.ts';

const SCENARIO = 'login-failure-angry';

async function createProfile(
  page: Page,
  baseUrl: string,
  lng: string,
  name: string,
  labels: { heading: string; field: string; submit: string },
) {
  await page.goto(`${baseUrl}/?lng=${lng}`);
  await visible(page.getByRole('heading', { level: 1, name: labels.heading }));
  await page.getByLabel(labels.field).fill(name);
  await page.getByRole('button', { name: labels.submit }).click();
}

async function reply(page: Page, label: string, text: string) {
  const box = page.getByRole('textbox', { name: label });
  await box.fill(text);
  await box.press('Enter');
  // the reply shows in the log at once; wait for it before the next one
  await textOf(page.getByRole('log'), text.slice(0, 30));
}

/** the customer has answered: the number of customer lines has grown past `count` */
async function customerAnswered(page: Page, count: number) {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if ((await page.locator('.chat__line--customer').count()) > count) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`the customer did not answer (still ${count} lines)`);
}

async function customerLines(page: Page) {
  return page.locator('.chat__line--customer').count();
}

/** axe on the page as it is now: serious and critical violations fail the case */
async function noSeriousViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  check(
    serious.length === 0,
    `${where}: ${serious.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`).join(' | ')}`,
  );
}

const EN = { heading: 'Who is practising?', field: 'Display name', submit: 'Start practising' };
const ZH = { heading: '谁在练习？', field: '显示名称', submit: '开始练习' };

export const TRAINEE_CASES: E2eCase[] = [
  {
    name: 'a trainee plays login-failure-angry well in English, reloads mid-way, resumes, finishes and reads the debrief',
    async run(page, baseUrl) {
      await createProfile(page, baseUrl, 'en', 'Ana', EN);
      await visible(page.getByRole('heading', { name: 'Locked out and furious' }));
      await noSeriousViolations(page, 'catalog');
      await shoot(page, 'trainee-catalog-en');

      await page.goto(`${baseUrl}/play/${SCENARIO}?lng=en`);
      await visible(page.getByRole('heading', { level: 1, name: 'Locked out and furious' }));
      await customerAnswered(page, 0);
      let lines = await customerLines(page);
      await reply(
        page,
        'Your reply',
        "I'm really sorry you've been locked out all morning, especially with a meeting coming up. Which device are you using, and what exactly does the error say?",
      );
      await customerAnswered(page, lines);
      await visible(page.getByRole('complementary', { name: 'Coaching on your reply' }));
      await noSeriousViolations(page, 'play');
      await shoot(page, 'trainee-play-en');

      // a reload in the middle loses nothing: the attempt is offered for resuming where it was
      await page.reload();
      await page.getByRole('button', { name: 'Resume where I left off' }).click();
      await textOf(page.getByRole('log'), "I'm really sorry you've been locked out all morning");
      lines = await customerLines(page);
      await reply(
        page,
        'Your reply',
        'So the iPhone app first rejected your password and has now locked the account after too many attempts, and the in-app reset sends nothing, right?',
      );
      await customerAnswered(page, lines);
      lines = await customerLines(page);
      await page.getByRole('button', { name: 'Send the official link' }).click();
      await customerAnswered(page, lines);
      lines = await customerLines(page);
      await reply(
        page,
        'Your reply',
        "I've just sent you our official password reset link. It takes about 5 minutes to set a new password, and I'll check back with you in 15 minutes to make sure you're in. Does that work?",
      );
      await customerAnswered(page, lines);
      const ended = page.getByRole('heading', { name: /The conversation has ended/ });
      if (!(await ended.isVisible())) {
        await reply(
          page,
          'Your reply',
          "Great to hear you're back in! Sorry again for the stressful morning, and good luck with the meeting.",
        );
      }
      await visible(page.getByRole('heading', { name: 'The conversation has ended: Resolved' }));
      await page.getByRole('link', { name: 'See your debrief' }).click();

      await visible(page.getByRole('heading', { level: 1, name: 'Locked out and furious' }));
      await textOf(page.getByRole('main'), 'Overall score');
      await visible(page.getByRole('link', { name: 'Try again' }));
      await noSeriousViolations(page, 'debrief');
      await shoot(page, 'trainee-debrief-en');

      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).click();
      await visible(page.getByRole('heading', { level: 1, name: 'Your progress' }));
      await textOf(page.getByRole('main'), 'Locked out and furious');
      await noSeriousViolations(page, 'progress');
      await shoot(page, 'trainee-progress-en');
    },
  },
  {
    name: 'a trainee plays poorly in Chinese and the customer leaves; the debrief names the forbidden phrase',
    async run(page, baseUrl) {
      await createProfile(page, baseUrl, 'zh-CN', '小李', ZH);
      await visible(page.getByRole('heading', { name: '登录不上的愤怒用户' }));
      await page.goto(`${baseUrl}/play/${SCENARIO}?lng=zh-CN&mode=exam`);
      await customerAnswered(page, 0);
      const lines = await customerLines(page);
      await reply(page, '你的回复', '您好,请稍等。');
      await customerAnswered(page, lines);
      await reply(page, '你的回复', '别人都没问题,您是不是输错了?');
      // exam mode: no coaching during the conversation
      check((await page.getByRole('complementary').count()) === 0, 'exam mode must not coach');
      await visible(page.getByRole('heading', { name: '对话已结束：客户离开' }));
      await page.getByRole('link', { name: '查看复盘' }).click();
      // the forbidden phrase is marked in the reply, with its better phrasing
      await textOf(page.getByRole('main'), '别人都没');
      await textOf(page.getByRole('main'), '非常重视您的反馈');
      await shoot(page, 'trainee-debrief-zh-poor');
    },
  },
  {
    name: 'after the first visit the app works offline: catalog, a conversation and its debrief',
    async run(page, baseUrl) {
      await createProfile(page, baseUrl, 'en', 'Offline Olu', EN);
      await visible(page.getByRole('heading', { name: 'Locked out and furious' }));
      // the service worker takes over once it has precached the app
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await page.reload();
      await visible(page.getByRole('heading', { name: 'Locked out and furious' }));

      await page.context().setOffline(true);
      await page.goto(`${baseUrl}/play/${SCENARIO}?lng=en`);
      await customerAnswered(page, 0);
      const lines = await customerLines(page);
      await reply(page, 'Your reply', "I'm so sorry about this. What does the error message say?");
      await customerAnswered(page, lines);
      await page.goto(`${baseUrl}/progress?lng=en`);
      await visible(page.getByRole('heading', { level: 1, name: 'Your progress' }));
      await textOf(page.getByRole('main'), 'Locked out and furious');
      await shoot(page, 'trainee-offline-progress');
      await page.context().setOffline(false);
    },
  },
  {
    name: 'keyboard only: the reply box and the tool actions are reached with Tab, Enter sends, a button acts',
    async run(page, baseUrl) {
      await createProfile(page, baseUrl, 'en', 'Kim', EN);
      await visible(page.getByRole('heading', { name: 'Locked out and furious' }));
      await page.goto(`${baseUrl}/play/${SCENARIO}?lng=en`);
      await customerAnswered(page, 0);
      const reachedBy = async (target: string, key: 'Tab' | 'Shift+Tab', limit = 60) => {
        for (let i = 0; i < limit; i++) {
          await page.keyboard.press(key);
          const here = await page.evaluate(() => {
            const el = document.activeElement;
            return el
              ? `${el.tagName.toLowerCase()}:${el.getAttribute('aria-label') ?? el.textContent?.trim() ?? ''}`
              : '';
          });
          if (here.startsWith(target)) return;
        }
        throw new Error(`${target} was not reached with ${key}`);
      };
      await reachedBy('textarea', 'Tab');
      const lines = await customerLines(page);
      await page.keyboard.type("I'm so sorry about this. What does the error say?");
      await page.keyboard.press('Enter');
      await customerAnswered(page, lines);
      await reachedBy('button:Send the official link', 'Shift+Tab');
      await page.keyboard.press('Enter');
      await textOf(page.getByRole('log'), 'You: Send the official link');
    },
  },
  {
    name: 'a second tab stays consistent: progress in one tab shows the attempt played in another',
    async run(page, baseUrl) {
      await createProfile(page, baseUrl, 'en', 'Two Tabs', EN);
      await visible(page.getByRole('heading', { name: 'Locked out and furious' }));
      const other = await page.context().newPage();
      await other.goto(`${baseUrl}/progress?lng=en`);
      await visible(other.getByRole('heading', { name: 'No attempts yet' }));
      await page.goto(`${baseUrl}/play/${SCENARIO}?lng=en`);
      await customerAnswered(page, 0);
      const lines = await customerLines(page);
      await reply(page, 'Your reply', "I'm so sorry about this. What does the error say?");
      await customerAnswered(page, lines);
      // the other tab was not reloaded: its live query sees the new attempt
      await textOf(other.getByRole('main'), 'Locked out and furious');
      await other.close();
    },
  },
  {
    name: 'Traditional Chinese: the profile screen, catalog and settings read well and pass axe',
    async run(page, baseUrl) {
      await page.goto(`${baseUrl}/?lng=zh-TW`);
      await visible(page.getByRole('heading', { level: 1, name: '誰要練習？' }));
      await noSeriousViolations(page, 'profile gate');
      await page.getByLabel('顯示名稱').fill('陳小姐');
      await page.getByRole('button', { name: '開始練習' }).click();
      await visible(page.getByRole('heading', { level: 1, name: '練習情境' }));
      await visible(page.getByRole('heading', { name: '登入不了的憤怒用戶' }));
      await shoot(page, 'trainee-catalog-zh-TW');
      await page.goto(`${baseUrl}/settings?lng=zh-TW`);
      await visible(page.getByRole('heading', { level: 1, name: '設定' }));
      await noSeriousViolations(page, 'settings');
      await shoot(page, 'trainee-settings-zh-TW');
    },
  },
];
