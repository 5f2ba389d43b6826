// The line patterns of xinwen before the line classifier (commit f00d2a9), frozen as the speed baseline of
// bench/lines.bench.mjs: whole-line furniture patterns, credit lines with a colon, datelines, trailing photo
// credits, and the same title/repeat handling. Not shipped, not used by the library; timing only.
// Its patterns and labels are the ones dict/boilerplate.txt and dict/credit-roles.txt held at that commit.

const PATTERNS = [["counter", "^\\d{1,6}$"], ["widget", "^(评论|网友评论|条评论|评论数|阅读|阅读数|点赞|收藏|赞|浏览|浏览次数|点击数|点击)\\s?[:：]?\\s?\\d{0,9}(条|次)?$"], ["widget", "^\\d{1,9}\\s?(条评论|人参与|人评论|次阅读|阅读)$"], ["widget", "^(显示|刷新|获取|看不清[?？,，]?换一张|点击获取)?验证码$"], ["widget", "^(没有账号|还没有账号|暂无账号)[?？]?.{0,20}$"], ["widget", "^(登录|注册|退出|忘记密码[?？]?|登录后发表评论|请登录|立即登录|免费注册)$"], ["widget", "^(发表评论|我要评论|发表|提交|提交评论|参与评论|查看评论|全部评论|最新评论|热门评论|网友评论)\\s?[:：]?\\s?(\\d{1,9}条?)?$"], ["widget", "^(请文明上网|文明上网|理性发言|文明发言).{0,40}$"], ["widget", "^(字号|字体)\\s?[:：]?[\\s大中小默认AT+-]{0,20}$"], ["widget", "^(打印本页|关闭窗口|打印|关闭|【打印】|【关闭】|【打印本页】|【关闭窗口】|\\[打印\\]|\\[关闭\\]|返回顶部|回到顶部|顶部|收藏本页|加入收藏|设为首页)(\\s(打印本页|关闭窗口|打印|关闭|【打印】|【关闭】|返回顶部))?$"], ["share", "^(分享到|分享至|分享|一键分享)\\s?[:：]?.{0,40}$"], ["share", "^(扫一扫|微信扫一扫|用微信扫描二维码|扫描二维码|手机扫一扫|扫码).{0,40}$"], ["share", "^(微信|微博|QQ空间|QQ|朋友圈|新浪微博|腾讯微博)(\\s(微信|微博|QQ空间|QQ|朋友圈|新浪微博|腾讯微博)){0,6}$"], ["navigation", "^(上一篇|下一篇|上一条|下一条|上一页|下一页|前一篇|后一篇)\\s?[:：].{0,120}$"], ["navigation", "^(上一篇|下一篇|上一页|下一页|首页|尾页|返回列表|返回首页)$"], ["navigation", "^(当前位置|您的位置|你的位置|您现在的位置|所在位置)\\s?[:：].{0,200}$"], ["related", "^(相关阅读|相关新闻|相关文章|相关报道|相关推荐|推荐阅读|延伸阅读|热门推荐|热点推荐|猜你喜欢|热门文章|热门新闻|最新文章|精彩推荐|大家都在看)\\s?[:：]?$"], ["reprint-notice", "^.{0,20}(原文链接|原文地址|本文链接|本文地址|文章链接|文章来源地址)\\s?[:：].{0,300}$"], ["reprint-notice", "^.{0,300}(转载请注明出处|转载请注明来源|转载请注明|未经授权.{0,10}禁止转载|未经许可.{0,10}不得转载|版权归原作者所有|如有侵权.{0,20}联系).{0,60}$"], ["copyright", "^.{0,40}(版权所有|Copyright|copyright|©|\\(c\\)|All Rights Reserved|all rights reserved).{0,160}$"], ["copyright", "^.{0,80}(ICP备|ICP证|公网安备|网安备|互联网新闻信息服务许可证).{0,120}$"], ["widget", "^(展开全文|阅读全文|查看全文|收起全文|收起|查看原文|阅读原文|点击查看|小字号|中字号|大字号|推\\s?/?\\s?荐|举报|纠错|我要纠错)$"], ["navigation", "^返回.{0,12}(首页|列表|顶部|频道).{0,4}$"], ["reprint-notice", "^[(（【]?(本文来自|本文转自|文章来源于|转自|本文系).{0,80}[)）】]?$"], ["copyright", "^(免责声明|版权声明|反侵权公告|郑重声明|特别声明)\\s?[:：].{0,400}$"]].map(([reason, source]) => ({ reason, pattern: new RegExp(source, 'u') }));
const ROLES = new Map([["记者", "reporter"], ["本报记者", "reporter"], ["通讯员", "reporter"], ["实习生", "reporter"], ["特约记者", "reporter"], ["摄影", "photographer"], ["摄影记者", "photographer"], ["图", "photographer"], ["摄", "photographer"], ["编辑", "editor"], ["责任编辑", "editor"], ["责编", "editor"], ["编审", "editor"], ["主编", "editor"], ["值班编辑", "editor"], ["校审", "reviewer"], ["校对", "reviewer"], ["审核", "reviewer"], ["审校", "reviewer"], ["终审", "reviewer"], ["复审", "reviewer"], ["初审", "reviewer"], ["作者", "author"], ["文", "author"], ["撰文", "author"], ["来源", "source"], ["稿源", "source"], ["出处", "source"]]);
const LABELS = [...ROLES.keys()].sort((a, b) => b.length - a.length).map((label) => label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const LINE_LABEL = new RegExp(`^[(（【\\[]?\\s?(${LABELS})\\s?[:：]`, 'u');
const ANY_LABEL = new RegExp(`(${LABELS})\\s?[:：]`, 'gu');
const SENTENCE_PUNCTUATION = /[。！？!?，,；;…]/u;
const NAME_SEPARATORS = /[\s、，,；;/|]+/u;
const BEFORE_TRAILING_CREDIT = /[。！？!?.”"’)）\s]$/u;
const BRACKETS = /[()（）【】[\]]/gu;
const SPACE_LIKE = /[\s\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+/g;
const FULL_WIDTH = /[\uff01-\uff5e\u3000]/u;
const FULL_WIDTH_ALL = /[\uff01-\uff5e\u3000]/gu;
const TRAILING_PHOTO = /(?:[(（]\s?)?(?:(?:新华社|中新社|本报|本台|人民网|新华网)?(?:特约|摄影)?记者\s?)?([\p{Script=Han}·]{2,5}(?:[ 、][\p{Script=Han}·]{2,5}){0,3})\s?\/?\s?摄(?:影)?\s?[)）]?\s?$/u;
const TRAILING_PICTURE = /(?:[(（]\s?)?图\s?[/:：]\s?([\p{Script=Han}·]{2,5}(?:[ 、][\p{Script=Han}·]{2,5}){0,3})\s?[)）]?\s?$/u;
const DATELINE = /^(?:(?:发布|发表|更新|出版)?(?:时间|日期)\s?[:：]\s?)?(\d{4}\s?[-年/.]\s?\d{1,2}\s?[-月/.]\s?\d{1,2}\s?日?|\d{1,2}\/\d{1,2}\/\d{4})(?:\s?(?:[-—]\s?)?\d{1,2}:\d{2}(?::\d{2})?)?/u;

const cleanLine = (line) => line.replace(SPACE_LIKE, ' ').trim();
const foldWidth = (text) => (FULL_WIDTH.test(text) ? text.replace(FULL_WIDTH_ALL, (ch) => (ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0))) : text);
const comparable = (line) => foldWidth(line).replace(/ /g, '');
const splitNames = (value) => value.replace(BRACKETS, ' ').split(NAME_SEPARATORS).map((name) => name.trim()).filter((name) => name.length >= 2 && name.length <= 12 && !/[:：\d]/.test(name));

function furnitureReason(line) {
  if (line.length > 400) return null;
  for (const { reason, pattern } of PATTERNS) if (pattern.test(line)) return reason;
  return null;
}

function parseCreditLine(line) {
  if (line.length > 200 || !LINE_LABEL.test(line)) return null;
  const labels = [...line.matchAll(ANY_LABEL)];
  const findings = [];
  let spoken = false;
  labels.forEach((match, i) => {
    const valueEnd = i + 1 < labels.length ? labels[i + 1].index : line.length;
    const value = line.slice(match.index + match[0].length, valueEnd).trim();
    const role = ROLES.get(match[1]);
    if (!role || value === '') return;
    if (role !== 'source' && (SENTENCE_PUNCTUATION.test(value) || value.length > 40)) { spoken = true; return; }
    findings.push({ role, names: role === 'source' ? [] : splitNames(value) });
  });
  return findings.length > 0 && !spoken ? findings : null;
}

function findTrailingPhotoCredit(line) {
  const offset = Math.max(0, line.length - 60);
  const tail = line.slice(offset);
  const match = TRAILING_PHOTO.exec(tail) ?? TRAILING_PICTURE.exec(tail);
  if (!match) return null;
  const start = offset + match.index;
  const before = line.slice(0, start);
  if (before !== '' && !BEFORE_TRAILING_CREDIT.test(before)) return null;
  return { start, photographers: splitNames(match[1]) };
}

function parseBylineLine(line) {
  if (line.length > 120 || SENTENCE_PUNCTUATION.test(line)) return null;
  const date = DATELINE.exec(line);
  if (!date) return null;
  const rest = line.slice(date[0].length).replace(/^\s?(更新|发布|发表)?\s?/u, '');
  if (rest === '') return { written: date[1].trim(), findings: [] };
  const credits = parseCreditLine(rest);
  return credits ? { written: date[1].trim(), findings: credits } : null;
}

const isFurniture = (line) => furnitureReason(line) !== null || parseCreditLine(line) !== null || parseBylineLine(line) !== null || findTrailingPhotoCredit(line) !== null;

/** The old `stripBoilerplate`: the kept text and the removed lines of page text. */
export function stripWithLinePatterns(text) {
  const lines = text.split(/\r\n|\n|\r/).map(cleanLine).filter((line) => line !== '');
  const first = lines[0];
  const title = first !== undefined && first.length >= 4 && first.length <= 120 && !/[。！？!?；;…]$/u.test(first) && !isFurniture(first) && lines.length > 1 ? first : null;
  const titleKey = title === null ? null : comparable(title);
  const kept = title === null ? [] : [title];
  const removed = [];
  let titleConsumed = false;
  for (const line of lines) {
    if (titleKey !== null && comparable(line) === titleKey) {
      if (!titleConsumed) titleConsumed = true;
      else removed.push({ text: line, reason: 'repeated-title' });
      continue;
    }
    if (parseCreditLine(line)) { removed.push({ text: line, reason: 'credit' }); continue; }
    if (parseBylineLine(line)) { removed.push({ text: line, reason: 'byline' }); continue; }
    const reason = furnitureReason(line);
    if (reason !== null) { removed.push({ text: line, reason }); continue; }
    const photo = findTrailingPhotoCredit(line);
    if (photo && photo.start > 0) { kept.push(line.slice(0, photo.start)); removed.push({ text: line.slice(photo.start).trim(), reason: 'credit' }); continue; }
    kept.push(line);
  }
  return { text: kept.join('\n'), removed };
}
