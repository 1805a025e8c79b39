// the trainer's reply analyzer at /analyzer
import { check, region, shoot, status, textOf, visible, type E2eCase } from './support.ts';

export const ANALYZER_CASES: E2eCase[] = [
  {
    name: 'English interface: a typed English reply is analysed as you type',
    async run(page, baseUrl) {
      await page.goto(`${baseUrl}/analyzer?lng=en`);
      await visible(page.getByRole('heading', { level: 1, name: 'Reply analyzer' }));
      check((await page.locator('html').getAttribute('lang')) === 'en', 'html lang should be en');
      check((await page.title()) === 'Reply analyzer · Parley', `unexpected title "${await page.title()}"`);

      await page
        .getByLabel("Customer's last message (optional)")
        .fill("I can't log in and I need it now, my meeting starts in an hour!");
      const reply = page.getByRole('textbox', { name: 'Agent reply' });
      await reply.pressSequentially(
        "I'm so sorry for the trouble. Which device are you using? I'll reset your access within 10 minutes and update you as soon as it's done.",
      );
      await textOf(status(page), 'Read as English (detected)');

      const signals = await visible(region(page, 'Signals found'));
      for (const name of ['Empathy', 'Apology', 'Question', 'Solution', 'Time frame', 'Follow-up']) {
        await visible(signals.getByRole('heading', { name, exact: true }));
      }
      await visible(signals.getByText('Question level: focused'));
      await visible(region(page, 'Forbidden phrases').getByText('No forbidden phrases found.'));
      await textOf(region(page, 'Customer and coaching'), 'Customer emotion: anxious');
      const marks = await page.locator('[data-testid="highlighted-reply"] mark').count();
      check(marks >= 5, `expected highlighted spans in the reply, found ${marks}`);
      await shoot(page, 'analyzer-en');
    },
  },
  {
    name: 'English interface: the forbidden example shows each hit with a better phrasing',
    async run(page, baseUrl) {
      await page.goto(`${baseUrl}/analyzer?lng=en`);
      await page.getByRole('button', { name: 'Forbidden phrases' }).click();
      const forbidden = await visible(region(page, 'Forbidden phrases'));
      await visible(forbidden.getByRole('heading', { name: 'Privacy risk' }));
      await visible(forbidden.getByRole('heading', { name: 'Blame-shifting' }));
      await visible(forbidden.getByText('Say instead').first());
      await visible(page.locator('[data-testid="highlighted-reply"] .hl-tag', { hasText: 'Privacy risk' }));
      await textOf(status(page), /forbidden phrases\.$/);
      await textOf(region(page, 'Customer and coaching'), 'Customer emotion: angry');
      await shoot(page, 'analyzer-en-forbidden');
    },
  },
  {
    name: 'zh-CN interface: a typed Chinese reply is analysed',
    async run(page, baseUrl) {
      await page.goto(`${baseUrl}/analyzer?lng=zh-CN`);
      await visible(page.getByRole('heading', { level: 1, name: '回复分析器' }));
      check((await page.locator('html').getAttribute('lang')) === 'zh-CN', 'html lang should be zh-CN');

      await page.getByLabel('客户的上一条消息（选填）').fill('登录不了，急死我了！');
      await page
        .getByRole('textbox', { name: '坐席回复' })
        .pressSequentially(
          '非常抱歉给您带来不便。请问您用的是什么设备？我会在10分钟内帮您重置，处理好后第一时间通知您。',
        );
      await textOf(status(page), '按中文（自动识别）分析');
      const signals = await visible(region(page, '识别到的信号'));
      for (const name of ['共情', '致歉', '提问', '时限', '跟进承诺']) {
        await visible(signals.getByRole('heading', { name, exact: true }));
      }
      await textOf(region(page, '客户情绪与辅导'), '客户情绪：焦虑');
      await shoot(page, 'analyzer-zh-CN');

      await page.getByRole('button', { name: '禁用语' }).click();
      const forbidden = await visible(region(page, '禁用语'));
      await visible(forbidden.getByRole('heading', { name: '隐私风险' }));
      await visible(forbidden.getByRole('heading', { name: '推卸责任' }).first());
      await shoot(page, 'analyzer-zh-CN-forbidden');
    },
  },
  {
    name: 'the interface-language switcher relabels the page and is remembered',
    async run(page, baseUrl) {
      await page.goto(`${baseUrl}/analyzer`);
      await visible(page.getByRole('heading', { level: 1, name: 'Reply analyzer' }));
      await page.getByLabel('Interface language').selectOption({ label: '繁體中文' });
      await visible(page.getByRole('heading', { level: 1, name: '回覆分析器' }));
      check((await page.locator('html').getAttribute('lang')) === 'zh-TW', 'html lang should be zh-TW');

      await page.reload();
      await visible(page.getByRole('heading', { level: 1, name: '回覆分析器' }));
      await page.getByRole('button', { name: '優秀回覆' }).click();
      await visible(region(page, '識別到的訊號').getByRole('heading', { name: '致歉' }));
      await shoot(page, 'analyzer-zh-TW');
    },
  },
  {
    name: 'keyboard: skip link, example button and reply field work without a mouse',
    async run(page, baseUrl) {
      await page.goto(`${baseUrl}/analyzer?lng=en`);
      await visible(page.getByRole('heading', { level: 1, name: 'Reply analyzer' }));
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
      check(focused === 'Skip to main content', `first Tab should reach the skip link, got "${focused}"`);

      await page.getByRole('button', { name: 'Tricky case' }).focus();
      await page.keyboard.press('Enter');
      await visible(region(page, 'Signals found').getByRole('heading', { name: 'Restatement' }));
      await visible(region(page, 'Forbidden phrases').getByText('No forbidden phrases found.'));
    },
  },
  {
    name: 'an emptied reply shows the empty-reply message, and the draft survives a reload',
    async run(page, baseUrl) {
      await page.goto(`${baseUrl}/analyzer?lng=en`);
      const reply = page.getByRole('textbox', { name: 'Agent reply' });
      await reply.pressSequentially('Sorry about that');
      await textOf(status(page), 'Read as English');
      await reply.fill('   ');
      await textOf(status(page), 'The reply is empty: type at least one word.');
      check(
        (await reply.getAttribute('aria-invalid')) === 'true',
        'the reply field should be marked invalid',
      );

      await reply.fill('Thanks for waiting, I will check it now.');
      await textOf(status(page), 'Read as English');
      await page.reload();
      const restored = await page.getByRole('textbox', { name: 'Agent reply' }).inputValue();
      check(restored === 'Thanks for waiting, I will check it now.', `draft lost on reload: "${restored}"`);
    },
  },
  {
    name: 'narrow screen: long unbroken text stays inside the page',
    viewport: { width: 360, height: 800 },
    async run(page, baseUrl) {
      await page.goto(`${baseUrl}/analyzer?lng=en`);
      await page
        .getByRole('textbox', { name: 'Agent reply' })
        .fill(
          `Sorry! ${'x'.repeat(400)} https://example.com/${'very-long-path-'.repeat(20)} Which device is it?`,
        );
      await textOf(status(page), 'Read as English');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      check(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
      await shoot(page, 'analyzer-narrow');
    },
  },
  {
    name: 'an unknown address says the page does not exist',
    async run(page, baseUrl) {
      await page.goto(`${baseUrl}/no-such-page?lng=en`);
      await visible(page.getByRole('heading', { name: 'Page not found' }));
      await page.getByRole('link', { name: 'Back to the scenarios' }).click();
      await visible(page.getByRole('heading', { level: 1, name: 'Who is practising?' }));
    },
  },
];
