// The filters that keep teams, places and works' titles out of the people the name model alone reads, on
// sentences written for these tests (every name here is made up; none comes from a benchmark set).
import { describe, expect, it } from 'vitest';
import { readDocument } from '../src/entities/document.js';
import { extractOfficials } from '../src/entities/index.js';
import { ruleOutNonPeople } from '../src/entities/not-people.js';

const names = (text: string) => {
  const { officials, people } = extractOfficials(text);
  return [...officials, ...people].map((person) => person.name);
};

/** The model's accepted spans of `text` with the reason a filter gives each (null: still a person). */
function judged(text: string): Array<[string, string | null]> {
  const doc = readDocument(text);
  const accepted = doc.names.candidates.filter((candidate) => candidate.type === 'person' && candidate.score >= doc.nameThreshold);
  return ruleOutNonPeople(doc, accepted).map(({ candidate, reason }) => [text.slice(candidate.start, candidate.end), reason]);
}

describe('names the model reads that the words around them rule out', () => {
  it('a transliteration after a match word in a text about team sport is a team', () => {
    expect(judged('本轮联赛，主队在家门口战胜莫拉维茨，积分升至第三。')).toContainEqual(['莫拉维茨', 'team']);
    expect(names('本轮联赛，主队在家门口战胜莫拉维茨，积分升至第三。')).not.toContain('莫拉维茨');
    // The same name as the subject of a person's verb stays a person.
    expect(names('莫拉维茨在发布会上表示，球员们踢得很努力。')).toContain('莫拉维茨');
  });

  it('a transliteration before a record with draws is a team in a text about team sport, a player elsewhere', () => {
    expect(judged('近十次交手，主队对阿尔梅洛斯3胜4平3负。')).toContainEqual(['阿尔梅洛斯', 'team']);
    expect(judged('棋盘上，阿尔梅洛斯对她的战绩是3胜4平3负。')).toContainEqual(['阿尔梅洛斯', null]);
  });

  it('a transliteration before a team word is a team, on the whole page', () => {
    const text = '卡斯帕罗队在主场迎来三连胜。赛后卡斯帕罗的更衣室里一片欢腾。';
    expect(judged(text)).toContainEqual(['卡斯帕罗', 'team']);
    expect(judged(text).filter(([name]) => name === '卡斯帕罗').every(([, reason]) => reason === 'team')).toBe(true);
    expect(names(text)).not.toContain('卡斯帕罗');
  });

  it('a transliteration before a place or institution word is a place', () => {
    expect(judged('我们沿着海岸驶过了塔维尼奥湾，傍晚抵达小镇。')).toContainEqual(['塔维尼奥', 'place-word']);
    expect(names('我们沿着海岸驶过了塔维尼奥湾，傍晚抵达小镇。')).not.toContain('塔维尼奥');
    expect(names('塔维尼奥昨天在家中接受了采访。')).toContain('塔维尼奥');
    expect(judged('考察团一行明天将前往卡瓦兰尼，参观当地的港口。')).toContainEqual(['卡瓦兰尼', 'place-word']);
    expect(names('卡瓦兰尼昨天会见了考察团一行。')).toContain('卡瓦兰尼');
    expect(judged('考察组来到塔维尼奥村，看望慰问群众。')).toContainEqual(['塔维尼奥', 'place-word']);
  });

  it('two names side by side in a list, both ending as villages do, are places (李庄、赵营), whatever their shape', () => {
    expect(judged('检查组对孙寨、周集和钱庄进行了暗访。')).toContainEqual(['孙寨', 'place-list']);
    expect(names('检查组对孙寨、周集和钱庄进行了暗访。')).toEqual([]);
  });

  it('a surname with 姓, 母, 父 or 妻 names nobody (吕姓村民, 杨母)', () => {
    expect(names('记者联系上了一位吕姓村民。')).not.toContain('吕姓');
    expect(names('杨母拿着照片四处打听儿子的下落。')).not.toContain('杨母');
  });

  it('a span ending in a pronoun or particle names nobody (谢谢您)', () => {
    expect(judged('谢谢您访问本站。')).toContainEqual(['谢谢您', 'function-word']);
  });

  it('a word that names a well-known firm, platform or university is no person (dict/non-person-cues.txt, known-name)', () => {
    expect(judged('据报道，谷歌和亚马逊都在加紧布局人工智能。')).toContainEqual(['谷歌', 'known-name']);
    expect(names('近日，阿尔巴诺在发布会上说，亚马逊还会扩张。')).toEqual(['阿尔巴诺']);
  });

  it('a well-known club is a team in any text, and the organisation of a title before a name (known-team)', () => {
    // No match word near either club: the club's own name says it.
    expect(judged('尤文昨天公布了新赛季的球衣，多特蒙德也发布了海报。')).toEqual([['尤文', 'team'], ['多特蒙德', 'team']]);
    expect(names('尤文昨天公布了新赛季的球衣，多特蒙德也发布了海报。')).toEqual([]);
    expect(judged('埃弗顿近两轮一平一负，状态平平。')).toContainEqual(['埃弗顿', 'team']);
    const [coach] = extractOfficials('切尔西主帅卡洛维茨赛后表示，球队需要耐心。').officials;
    expect(coach?.name).toBe('卡洛维茨');
    expect(coach?.titles.map((title) => title.text)).toEqual(['切尔西主帅']);
  });

  it('an item of a 、 list beside a place the gazetteer knows as a whole item is a place', () => {
    expect(judged('物流车队从邢台出发，途经沧州、塔尔巴科、廊坊等地。')).toContainEqual(['塔尔巴科', 'place-list']);
    // A list of people after a list of places, and a place that only opens an item (X、美国某大学教授Y), say nothing.
    expect(judged('他先后在邢台、沧州、廊坊等地工作，与塔尔巴科、周明远等同事相识。')).toContainEqual(['塔尔巴科', null]);
    expect(names('研究所的周明远、美国某大学教授塔尔巴科获奖。')).toEqual(expect.arrayContaining(['周明远', '塔尔巴科']));
  });

  it('a transliteration inside a work\'s title is the work, but a person a work is named after stays a person', () => {
    expect(judged('这部名叫《萨洛米娜》的电影下月上映。')).toContainEqual(['萨洛米娜', 'work-title']);
    expect(names('这部名叫《萨洛米娜》的电影下月上映。')).not.toContain('萨洛米娜');
    expect(names('萨洛米娜说她很喜欢这座城市。')).toContain('萨洛米娜');
    expect(names('他的书架上摆着一本《周建华文集》。')).toContain('周建华');
  });

  it('a Chinese name before a place word is not touched (only transliterations are)', () => {
    expect(names('记者在河边遇到了正在钓鱼的周建华。')).toContain('周建华');
    expect(judged('周建华公司的员工昨天都来了。')).toContainEqual(['周建华', null]);
    expect(judged('周建华公司的员工昨天都来了。').filter(([, reason]) => reason !== null)).toEqual([]);
  });
});

describe('bylines that run two names together', () => {
  it('splits four characters led by two common surnames into two reporters', () => {
    expect(names('（记者周立张敏）本市昨天召开了发布会。')).toEqual(['周立', '张敏']);
  });

  it('keeps a compound surname and a three-character name whole', () => {
    expect(names('本报讯（记者欧阳明远）本市昨天召开了发布会。')).toEqual(['欧阳明远']);
    expect(names('（记者陈思远）本市昨天召开了发布会。')).toEqual(['陈思远']);
  });
});
