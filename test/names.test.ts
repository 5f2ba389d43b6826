// The trained name model and the recognisers built on it, on sentences written for these tests (every name
// here is made up; none comes from the seed page or a benchmark set).
import { describe, expect, it } from 'vitest';
import { extractOfficials } from '../src/entities/index.js';
import { readDocument } from '../src/entities/document.js';
import { RECOGNISERS } from '../src/entities/recognisers.js';
import { withoutReadings } from '../src/entities/readings.js';
import { parseArticle } from '../src/index.js';
import { VIAS } from '../src/types.js';

const names = (text: string, options = {}) => {
  const { officials, people } = extractOfficials(text, options);
  return [...officials, ...people].map((person) => person.name);
};

describe('the name model', () => {
  it('proposes names with scores from the document words, a title next to them or not', () => {
    const view = '据介绍，周明远和程晓燕昨天一起走访了三家企业。';
    const doc = readDocument(view);
    const found = doc.names.candidates.filter((candidate) => candidate.score >= doc.nameThreshold).map((candidate) => view.slice(candidate.start, candidate.end));
    expect(found).toEqual(['周明远', '程晓燕']);
    for (const candidate of doc.names.candidates) expect(candidate.score).toBeGreaterThan(0), expect(candidate.score).toBeLessThan(1);
  });

  it('scores any span, and scores a word far below the name beside it', () => {
    const view = '副县长罗建新主持会议。';
    const doc = readDocument(view);
    expect(doc.names.spanScore(3, 6)).toBeGreaterThan(0.9);
    expect(doc.names.spanScore(6, 8)).toBeLessThan(0.1);
  });

  it('keeps names with a middle dot and transliterated names whole', () => {
    expect(names('外交官卡尔·斯文森昨天抵达北京。')).toContain('卡尔·斯文森');
    expect(names('自治区副主席买买提明·艾山出席会议。')).toContain('买买提明·艾山');
    // Pages write other dots too.
    expect(names('画家艾伦•斯特林•摩尔的作品展出。')).toEqual(['艾伦•斯特林•摩尔']);
  });

  it('ends a dotted name where a verb, a place or a form of address begins', () => {
    expect(names('自治区主席努尔兰·阿不都满金深入伊犁州调研。')).toEqual(['努尔兰·阿不都满金']);
    expect(names('协会会长索拉·维迪亚先生介绍说，展会很成功。')).toEqual(['索拉·维迪亚']);
  });

  it('reads each part of a byline with its own role (林某/文 常某/图)', () => {
    const { people } = extractOfficials('本报讯(记者 林晓东/文 常建国/图 通讯员 王海)昨日上午，会议召开。');
    expect(people.map((person) => [person.name, person.role])).toEqual([
      ['林晓东', 'reporter'],
      ['常建国', 'photographer'],
      ['王海', 'reporter'],
    ]);
  });

  it('takes a list item the separators fix and a surname leads, whatever it spells', () => {
    const { officials } = extractOfficials('副市长黎建新、贾宏当，政协副主席李冬梅出席。');
    expect(officials.map((official) => [official.name, official.titles[0].text])).toEqual([
      ['黎建新', '副市长'],
      ['贾宏当', '副市长'],
      ['李冬梅', '政协副主席'],
    ]);
  });

  it('reads a short name written with a space inside it after a credit label', () => {
    const { people } = extractOfficials('(责任编辑:黄 蕾)');
    expect(people.map((person) => [person.name, person.role])).toEqual([['黄 蕾', 'editor']]);
  });

  it('has a precision knob: a higher threshold drops names only the model vouches for, never titled ones', () => {
    const text = '市长罗建新说，马晓东那天也在现场。';
    const lenient = extractOfficials(text, { nameThreshold: 0.01, explain: true });
    const strict = extractOfficials(text, { nameThreshold: 0.9999, explain: true });
    expect(lenient.people.map((person) => [person.name, person.via])).toEqual([['马晓东', 'model']]);
    expect(strict.people).toEqual([]);
    expect(strict.officials.map((official) => official.name)).toEqual(['罗建新']);
  });
});

describe('long pages', () => {
  it('reads a page longer than one piece of the model with every span exact', () => {
    const line = '今年以来，全市经济运行总体平稳，重点项目建设有序推进。\n';
    const text = line.repeat(900) + '副市长林志远出席会议并讲话。\n' + line.repeat(10) + '林志远强调，要抓好落实。';
    const { officials } = extractOfficials(text);
    expect(officials.map((official) => official.name)).toEqual(['林志远']);
    expect(officials[0].mentions.length).toBe(2);
    for (const mention of officials[0].mentions) expect(text.slice(mention.start, mention.end)).toBe('林志远');
  });
});

describe('recognisers', () => {
  it('declares every via in one ordered list, the model after every grammar that fixes a name, the pairs it joins last', () => {
    expect(RECOGNISERS.length).toBeGreaterThan(5);
    expect(RECOGNISERS.map((recogniser) => recogniser.name).slice(-2)).toEqual(['name model', 'joined names']);
    expect(VIAS).toContain('model');
  });

  it('explains every person and title when asked, and only then', () => {
    const text = '市委书记郑国栋主持会议。记者 谢婷婷 摄';
    const explained = extractOfficials(text, { explain: true });
    expect(explained.officials[0]).toMatchObject({ name: '郑国栋', via: 'title' });
    expect(explained.officials[0].titles[0].via).toBe('title');
    expect(explained.officials[0].score).toBeGreaterThan(0.5);
    expect(explained.people[0]).toMatchObject({ name: '谢婷婷', via: 'byline', role: 'photographer' });
    const plain = extractOfficials(text);
    expect(plain.officials[0]).not.toHaveProperty('via');
    expect(plain.officials[0].titles[0]).not.toHaveProperty('via');
  });

  it('passes explain through parseArticle', () => {
    const article = parseArticle('区长沈立军调研\n区长沈立军来到街道调研。', { format: 'text', explain: true });
    expect(article.officials[0]).toMatchObject({ name: '沈立军', via: 'title' });
  });

  it('makes no name of what is left of an organisation after its title (常委|会副…)', () => {
    const text = '全国人大常委会副委员长田振华出席会议。省人大常委会举行第五次会议。';
    expect(names(text)).toEqual(['田振华']);
    expect(extractOfficials(text).officials[0].titles.map((title) => title.text)).toEqual(['全国人大常委会副委员长']);
  });

  it('links a form of address to the full name met in the document instead of reading it as a name', () => {
    const text = '贺立新昨天出席了开幕式。会后，贺市长走访了两家企业。李总表示，项目进展顺利。';
    const { officials, people } = extractOfficials(text, { explain: true });
    expect(officials.map((official) => [official.name, official.via])).toEqual([['贺立新', 'model']]);
    expect(people).toEqual([]);
    expect(officials[0].titles.map((title) => [title.text, title.via])).toEqual([['市长', 'address']]);
    // 副市长 … 贺市长: the shorter form of a title the person has is not a second title.
    const vice = extractOfficials('副市长贺立新出席开幕式。会后，贺市长走访了企业。').officials;
    expect(vice.map((official) => official.titles.map((title) => title.text))).toEqual([['副市长']]);
  });

  it('reads appointment and removal clauses with a flag for new and former posts', () => {
    const text = '会议决定任命邵海涛为市人民政府副市长，免去顾建平的市人民政府秘书长职务。孔令军当选为区政协主席。';
    const { officials } = extractOfficials(text);
    const byName = Object.fromEntries(officials.map((official) => [official.name, official.titles.map((title) => [title.text, title.status])]));
    expect(byName['邵海涛']).toEqual([['市人民政府副市长', 'new']]);
    expect(byName['顾建平']).toEqual([['市人民政府秘书长', 'former']]);
    expect(byName['孔令军']).toEqual([['区政协主席', 'new']]);
  });

  it('gives each name of a list in an appointment or removal clause the clause titles, a count of the people between', () => {
    const text = '会议决定任命钟立新、彭浩然、魏晓三位同志为县审计局副局长。会议同意葛文涛、任红梅两位同志辞去县政协委员。';
    const { officials } = extractOfficials(text);
    const byName = Object.fromEntries(officials.map((official) => [official.name, official.titles.map((title) => [title.text, title.status])]));
    expect(byName).toEqual({
      钟立新: [['县审计局副局长', 'new']],
      彭浩然: [['县审计局副局长', 'new']],
      魏晓: [['县审计局副局长', 'new']],
      葛文涛: [['县政协委员', 'former']],
      任红梅: [['县政协委员', 'former']],
    });
  });

  it('inherits an organ written out before its head (公安局|局长) without a character shared (市公安局副局长, never 局局)', () => {
    const { officials } = extractOfficials('市公安局局长石建国、副局长萧立新，县委巡察组组长滕文杰、副组长雷志刚出席。');
    expect(Object.fromEntries(officials.map((official) => [official.name, official.titles.map((title) => title.resolved)]))).toEqual({
      石建国: ['市公安局局长'],
      萧立新: ['市公安局副局长'],
      滕文杰: ['县委巡察组组长'],
      雷志刚: ['县委巡察组副组长'],
    });
  });

  it("resolves a committee's department after a title of the committee to the committee's (市委常委、宣传部部长 → 市委宣传部部长), the discipline commission to the place's", () => {
    const { officials } = extractOfficials('市委常委、宣传部部长冼立华，区委常委、政法委书记莫振东，副市长、财政局局长卓文华出席。');
    expect(extractOfficials('湖北省委常委、纪委书记房振东出席。').officials[0].titles.map((title) => title.resolved)).toEqual(['湖北省委常委', '湖北省纪委书记']);
    expect(Object.fromEntries(officials.map((official) => [official.name, official.titles.map((title) => title.resolved)]))).toEqual({
      冼立华: ['市委常委', '市委宣传部部长'],
      莫振东: ['区委常委', '区委政法委书记'],
      卓文华: ['副市长', '财政局局长'],
    });
  });

  it('reads a word of the organisation vocabulary whole over the pieces it holds (团市委书记 is no 市委书记)', () => {
    const { officials } = extractOfficials('活动由团市委书记柯立新主持，市委书记焦志远出席。');
    expect(Object.fromEntries(officials.map((official) => [official.name, official.titles.map((title) => title.resolved)]))).toEqual({
      柯立新: ['团市委书记'],
      焦志远: ['市委书记'],
    });
  });

  it('reads a post stationed in another organ whole (市纪委监委驻市教育局纪检监察组组长, 中国驻某国大使)', () => {
    const { officials } = extractOfficials('市纪委监委驻市教育局纪检监察组组长柴立新，中国驻新西兰大使贺振宇出席。');
    expect(Object.fromEntries(officials.map((official) => [official.name, official.titles.map((title) => title.text)]))).toEqual({
      柴立新: ['市纪委监委驻市教育局纪检监察组组长'],
      贺振宇: ['中国驻新西兰大使'],
    });
  });

  it('reads an assistant to a head of government as one title (区长助理, 县长助理)', () => {
    const { officials } = extractOfficials('区长助理葛文彬、县长助理兼县公安局局长尤志强出席。');
    expect(officials.map((official) => [official.name, official.titles[0].text])).toEqual([['葛文彬', '区长助理'], ['尤志强', '县长助理']]);
  });

  it('reads the profile of a notice before an appointment: the current post (现任) and the proposed one (拟任, new)', () => {
    const text = '祁振华，男，汉族，1979年8月生，大学学历，中共党员，现任县财政局副局长，拟任县审计局局长。\n苏晓云，女，1983年2月生，研究生学历，现任镇党委副书记，拟提名为乡长候选人。';
    const { officials } = extractOfficials(text);
    expect(Object.fromEntries(officials.map((official) => [official.name, official.titles.map((title) => [title.text, title.status ?? null])]))).toEqual({
      祁振华: [['县财政局副局长', null], ['县审计局局长', 'new']],
      苏晓云: [['镇党委副书记', null], ['乡长', 'new']],
    });
  });

  it('gives a removal clause with 其 to the person the sentence named just before (任命A为…，免去其…职务)', () => {
    const { officials } = extractOfficials('会议决定任命严志斌为县水务局局长，免去其县农业农村局副局长职务。');
    expect(officials.map((official) => [official.name, official.titles.map((title) => [title.text, title.status])])).toEqual([
      ['严志斌', [['县水务局局长', 'new'], ['县农业农村局副局长', 'former']]],
    ]);
  });

  it('reads X任… right after a name (its post, no status) and nominations (提名X为…, new), never 任 inside another word', () => {
    const { officials } = extractOfficials('经研究决定：卓立群任县教育局局长；提名甘晓燕为区人民政府副区长候选人。一任接着一任干，不负重任。');
    expect(Object.fromEntries(officials.map((official) => [official.name, official.titles.map((title) => [title.text, title.status ?? null])]))).toEqual({
      卓立群: [['县教育局局长', null]],
      甘晓燕: [['区人民政府副区长', 'new']],
    });
  });

  it('goes on with an election clause after a comma (选举出A为…，B为…，C、D为…)', () => {
    const text = '大会选举出邱国栋同志为乡人大主席，汤晓燕同志为乡长，谢明、温建军两位同志为副乡长。闭幕会上，乡党委书记讲话。';
    const { officials } = extractOfficials(text);
    expect(Object.fromEntries(officials.map((official) => [official.name, official.titles.map((title) => [title.text, title.status])]))).toEqual({
      邱国栋: [['乡人大主席', 'new']],
      汤晓燕: [['乡长', 'new']],
      谢明: [['副乡长', 'new']],
      温建军: [['副乡长', 'new']],
    });
  });

  it('gives no post for a role without an organisation in a removal clause (辞去领导职务), and the post where one is named', () => {
    const { officials, people } = extractOfficials('会议同意龚志远、田丽两位同志辞去领导职务，同意滕海波辞去县水利局主要负责人职务。');
    expect(Object.fromEntries(officials.map((official) => [official.name, official.titles.map((title) => title.text)]))).toEqual({
      滕海波: ['县水利局主要负责人'],
    });
    expect(people.map((person) => person.name).sort()).toEqual(['田丽', '龚志远'].sort());
  });

  it('gives the title of a heading to every official of the list under it, and not to what a spokesman says', () => {
    const text = '区政府6位新闻发言人分别是：区发改委副主任邹文斌；区教育局局长、党委书记柏雪梅；区卫健委副主任石海峰。\n区政府新闻发言人：区委书记贺建明高度重视此项工作。';
    const { officials } = extractOfficials(text);
    const byName = Object.fromEntries(officials.map((official) => [official.name, official.titles.map((title) => title.text)]));
    expect(byName['邹文斌']).toEqual(['区发改委副主任', '新闻发言人']);
    expect(byName['柏雪梅']).toEqual(['区教育局局长', '党委书记', '新闻发言人']);
    expect(byName['石海峰']).toEqual(['区卫健委副主任', '新闻发言人']);
    expect(byName['贺建明']).toEqual(['区委书记']);
  });

  it('reads a list of villages as places, not people, and keeps a lone name ending so', () => {
    const names = (text: string) => {
      const { officials, people } = extractOfficials(text);
      return [...officials, ...people].map((person) => person.name);
    };
    expect(names('工作组先后走访了李庄、赵营、孙寨和周集，检查秸秆禁烧。')).toEqual([]);
    expect(names('王庄同志出席会议。')).toEqual(['王庄']);
    expect(names('张岗、李桥、王坪三位同志参加会议。').sort()).toEqual(['张岗', '李桥', '王坪'].sort());
  });

  it('reads no name in the issuer of a document number (某规建〔2019〕5号)', () => {
    const { officials, people } = extractOfficials('市政府印发了《实施意见》(韩规建〔2019〕5号)，韩立军副市长作说明。');
    expect([...officials, ...people].map((person) => person.name)).toEqual(['韩立军']);
  });

  it('does not read the numeral of a count of people as the last character of a name (魏晓|三位同志)', () => {
    const { people, officials } = extractOfficials('钟立新、彭浩然、魏晓三位同志参加了培训。我们记得樊锦程、卢振宇、郁海鸥这三位老师。');
    const names = [...people, ...officials].map((person) => person.name).sort();
    expect(names).toContain('魏晓');
    expect(names).not.toContain('魏晓三');
    expect(names).toContain('郁海鸥');
    expect(names).not.toContain('郁海鸥这');
  });

  it('reads a city party committee as the city and 委, never as a level word inside the name of the city', () => {
    const { officials } = extractOfficials('嘉兴市委常委、副市长沈建国察看茶园。');
    expect(officials.map((official) => official.titles.map((title) => [title.text, title.resolved]))).toEqual([
      [['嘉兴市委常委', '嘉兴市委常委'], ['副市长', '嘉兴市副市长']],
    ]);
  });

  it('reads the organisation of a title in a chain even where the grammar does not know it', () => {
    const text = '区委常委、政法委书记孟庆华，副市长、公安局长鲁志刚出席。';
    const { officials } = extractOfficials(text);
    expect(Object.fromEntries(officials.map((official) => [official.name, official.titles.map((title) => title.text)]))).toEqual({
      孟庆华: ['区委常委', '政法委书记'],
      鲁志刚: ['副市长', '公安局长'],
    });
  });

  it('gives enterprise and university posts, the organisation inherited along the chain', () => {
    const { officials } = extractOfficials('华远集团党委书记、董事长郑志强出席签约仪式。江南大学党委书记刘建平、校长孙立新出席。');
    expect(officials.map((official) => [official.name, official.titles.map((title) => title.resolved)])).toEqual([
      ['郑志强', ['华远集团党委书记', '华远集团董事长']],
      ['刘建平', ['江南大学党委书记']],
      ['孙立新', ['江南大学校长']],
    ]);
  });

  it('gives enterprise, hospital and foreign posts', () => {
    const text = '市第一人民医院党委书记冯晓梅、院长石建东，俄罗斯总统维克托·帕夫洛夫出席。';
    const { officials } = extractOfficials(text);
    expect(Object.fromEntries(officials.map((official) => [official.name, official.titles.map((title) => title.text)]))).toEqual({
      冯晓梅: ['市第一人民医院党委书记'],
      石建东: ['院长'],
      '维克托·帕夫洛夫': ['俄罗斯总统'],
    });
  });
});

describe('Hong Kong, Macau and Taiwan', () => {
  const titlesOf = (text: string) =>
    Object.fromEntries(extractOfficials(text).officials.map((official) => [official.name, official.titles.map((title) => [title.text, title.resolved])]));

  it('reads Hong Kong offices, written as on the page', () => {
    expect(titlesOf('保安局局長鄧家輝今日表示，商務及經濟發展局局長麥志偉亦有出席。')).toEqual({
      鄧家輝: [['保安局局長', '保安局局長']],
      麥志偉: [['商務及經濟發展局局長', '商務及經濟發展局局長']],
    });
    expect(titlesOf('政務司司長馮德昌將署理行政長官職務。')['馮德昌']).toEqual([
      ['政務司司長', '政務司司長'],
      ['署理行政長官', '署理行政長官'],
    ]);
  });

  it('reads Taiwan\'s agencies and local offices (陸委會主委, 警政署長, 里長, 檢察官)', () => {
    const resolved = (text: string) => extractOfficials(text).officials.map((official) => [official.name, official.titles.map((title) => title.resolved)]);
    expect(resolved('陸委會主委鄭立文表示，警政署長刘大方亦有出席。')).toEqual([['鄭立文', ['陸委會主委']], ['刘大方', ['警政署長']]]);
    expect(resolved('里長周思雨說明情況。')).toEqual([['周思雨', ['里長']]]);
    expect(resolved('檢察官韓立偵結起訴。')).toEqual([['韓立', ['檢察官']]]);
  });

  it('reads 委任 as Hong Kong appoints (委任X為…局長), the post new', () => {
    const official = extractOfficials('行政長官今日宣布委任鄭立文為創新科技及工業局局長，任期由明日起生效。').officials[0];
    expect([official.name, official.titles.map((title) => [title.resolved, title.status])]).toEqual(['鄭立文', [['創新科技及工業局局長', 'new']]]);
  });

  it('takes an English name in brackets as the same person, and other English names as people', () => {
    const { officials, people } = extractOfficials('保安局局長李家明(Alan Li)今日表示，Peter Wong亦有出席。');
    expect(officials.map((official) => official.name)).toEqual(['李家明']);
    expect(people.map((person) => person.name)).toEqual(['Peter Wong']);
  });

  it('reads a double surname and a legislative councillor', () => {
    expect(titlesOf('立法會議員陳李美玲提出質詢。')).toEqual({ 陳李美玲: [['立法會議員', '立法會議員']] });
  });

  it('reads Taiwanese offices, with inheritance along a chain', () => {
    expect(titlesOf('行政院副院長鄭立群、花蓮縣長傅振宏出席。')).toEqual({
      鄭立群: [['行政院副院長', '行政院副院長']],
      傅振宏: [['花蓮縣長', '花蓮縣長']],
    });
    expect(titlesOf('縣議會議長許宏達、副議長蔡明哲表示支持。')).toEqual({
      許宏達: [['縣議會議長', '縣議會議長']],
      蔡明哲: [['副議長', '縣議會副議長']],
    });
  });

  it('reads the Macau chief executive with the region in full', () => {
    expect(titlesOf('澳門特別行政區行政長官賀一誠出席。')).toEqual({ 賀一誠: [['澳門特別行政區行政長官', '澳門特別行政區行政長官']] });
  });

  it('returns the same names in parseArticle and extractOfficials for a Traditional page', () => {
    const text = '縣長韓志強出席活動\n江蘇省委副書記、省長韓志強出席會議。';
    const article = parseArticle(text, { format: 'text' });
    const { officials } = extractOfficials(text);
    expect(article.officials.map((official) => official.name)).toEqual(['韓志強']);
    expect(officials.map((official) => [official.name, official.titles.map((title) => title.resolved)])).toEqual([
      ['韓志強', ['縣長', '江蘇省委副書記', '江蘇省省長']],
    ]);
  });
});

describe('injected readings', () => {
  it('reads through pinyin injected after characters and keeps it in what it returns', () => {
    const text = '縣人大常委會副主任黃振發(fā)出席，縣法院院長(zhǎng)鄒文軍作報告。';
    const { officials } = extractOfficials(text);
    expect(officials.map((official) => [official.name, official.titles.map((title) => title.text)])).toEqual([
      ['黃振發(fā)', ['縣人大常委會副主任']],
      ['鄒文軍', ['縣法院院長(zhǎng)']],
    ]);
    for (const official of officials) for (const mention of official.mentions) expect(text.slice(mention.start, mention.end)).toBe(official.name);
  });

  it('leaves brackets without tone marks alone', () => {
    expect(withoutReadings('市长(兼)王明')).toBeNull();
    expect(withoutReadings('院長(zhǎng)')?.view).toBe('院長');
  });
});
