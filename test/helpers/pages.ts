// News-like pages built from sentences we wrote ourselves, for tests that need many distinct inputs.

const HEADLINES = [
  '青山市召开夏季防汛工作会议',
  '南湖区举办社区运动会 三千余名居民参加',
  '临江县新建五所乡村学校投入使用',
  '白石镇农产品电商中心开业',
  '北岭市推进老旧小区改造工作',
];

const SENTENCES = [
  '7月12日，青山市委副书记、市长周明远主持召开会议，部署夏季防汛工作。',
  '会议要求各部门加强值守，确保群众生命财产安全。',
  '南湖区副区长刘海燕出席开幕式并讲话。',
  '据介绍，本次活动共设置十二个比赛项目。',
  '临江县教育局局长陈立新表示，新学校将于9月1日开学。',
  '白石镇党委书记王建华介绍了电商中心的运营情况。',
  '今年以来，全市已完成改造项目四十六个，惠及居民一万余户。',
  '记者 张晓梅 摄',
  '责任编辑：李文博',
];

/** A plain-text page: a headline, then body sentences chosen by `n`. */
export function textPage(n: number): string {
  const lines = [HEADLINES[n % HEADLINES.length]];
  for (let i = 0; i < 4; i++) lines.push(SENTENCES[(n + i * 3) % SENTENCES.length]);
  return lines.join('\n') + '\n';
}

/** The same page as a small HTML document. */
export function htmlPage(n: number): string {
  const [title, ...body] = textPage(n).trim().split('\n');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>${body.map((line) => `<p>${line}</p>`).join('')}</body></html>`;
}
