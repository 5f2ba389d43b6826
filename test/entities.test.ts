// Officials, people, places and organisations on sentences written for these tests in the style of
// Chinese government news. None of the names here come from the seed page or the benchmark sets.
import { describe, expect, it } from 'vitest';
import { extractOfficials } from '../src/entities/index.js';
import { extractEntitiesFromView } from '../src/entities/index.js';

/** Each official of `text` with the resolved titles, in text order. */
const officials = (text: string) => extractOfficials(text).officials.map((official) => [official.name, official.titles.map((title) => title.resolved)]);

function titlesOf(text: string) {
  const { officials } = extractOfficials(text);
  return Object.fromEntries(officials.map((official) => [official.name, official.titles.map((title) => [title.text, title.resolved])]));
}

describe('officials with titles', () => {
  it('reads a chain of titles joined by 、 and gives every title to the name after it', () => {
    const text = '3月2日,国务委员、湖北省委书记钟建平主持会议。';
    expect(titlesOf(text)).toEqual({ 钟建平: [['国务委员', '国务委员'], ['湖北省委书记', '湖北省委书记']] });
  });

  it('fills in the organisation a bare government title inherits from the title before it', () => {
    const text = '江苏省委副书记、省长韩文涛和市委书记方一鸣出席。';
    const titles = titlesOf(text);
    expect(titles['韩文涛']).toEqual([['江苏省委副书记', '江苏省委副书记'], ['省长', '江苏省省长']]);
  });

  it('carries a working group from its leader to the deputy listed after him', () => {
    const text = '省委第二巡视组组长周海峰、副组长吴德明及全体成员参加。';
    expect(titlesOf(text)['吴德明']).toEqual([['副组长', '省委第二巡视组副组长']]);
  });

  it('resolves a bare 自治区 to the one autonomous region the text names', () => {
    const text = '广西壮族自治区召开会议。自治区党委副书记、自治区主席蓝天佑讲话。';
    expect(titlesOf(text)['蓝天佑']).toEqual([
      ['自治区党委副书记', '广西壮族自治区党委副书记'],
      ['自治区主席', '广西壮族自治区主席'],
    ]);
  });

  it('gives a shared title to every name of a list, including names without a Han surname and names that look like words', () => {
    const text = '省领导许文斌、乌力吉、林立、阿依古丽参加活动。';
    const { officials } = extractOfficials(text);
    expect(officials.map((official) => official.name)).toEqual(['许文斌', '乌力吉', '林立', '阿依古丽']);
    for (const official of officials) expect(official.titles[0].text).toBe('省领导');
  });

  it('links a title written after a known name without repeating it', () => {
    const text = '市委书记邓佳宁在会上讲话。会后,邓佳宁书记看望了一线职工。';
    const { officials } = extractOfficials(text);
    expect(officials).toHaveLength(1);
    expect(officials[0].titles.map((title) => title.text)).toEqual(['市委书记']);
    expect(officials[0].mentions).toHaveLength(2);
  });

  it('reads a three-character name standing before a title after punctuation', () => {
    const text = '会议指出,欧阳明远总经理对此高度重视。';
    expect(Object.keys(titlesOf(text))).toEqual(['欧阳明远']);
  });

  it('does not take 省长 inside 湖南省长沙市 for a title, nor a word before 领导 for a name', () => {
    expect(extractOfficials('他们来到湖南省长沙市考察。').officials).toEqual([]);
    expect(extractOfficials('会前,双方领导看望了挂职干部。').officials).toEqual([]);
  });

  it('ends a name at the word that follows it', () => {
    const text = '市长程小军和副市长葛兰一同调研,区长潘家豪及有关部门负责人参加。';
    expect(Object.keys(titlesOf(text))).toEqual(['程小军', '葛兰', '潘家豪']);
  });

  it('ends a name at a time word a report puts right after it (上月, 周三), even with a rare surname', () => {
    expect(officials('市环保局副局长冀川上月曾表示，将加强监管。')).toEqual([['冀川', ['市环保局副局长']]]);
    expect(officials('区卫健委主任寇明周三表示，全区已完成接种。')).toEqual([['寇明', ['区卫健委主任']]]);
  });

  it('leaves a verb of saying out of the name before it (李建说 → 李建)', () => {
    expect(officials('副市长桂建说，就业形势总体稳定。')).toEqual([['桂建', ['副市长']]]);
    expect(officials('副市长桂建称，就业形势总体稳定。')).toEqual([['桂建', ['副市长']]]);
    expect(extractOfficials('桂建称，就业形势总体稳定。').people.map((person) => person.name)).toEqual(['桂建']);
  });

  it("ends a name before Taiwan's day in brackets (今（5）日), which jieba may join to it", () => {
    expect(officials('行政院長卓明泰今（5）日上午前往立法院。')).toEqual([['卓明泰', ['行政院長']]]);
    expect(extractOfficials('卓明泰今（5）日上午前往立法院。').people.map((person) => person.name)).toEqual(['卓明泰']);
  });

  it('ends the last item of a list before a word that follows names (…、邱明出席。)', () => {
    expect(officials('市领导郑海川、邱明出席。')).toEqual([['郑海川', ['市领导']], ['邱明', ['市领导']]]);
  });

  it('takes no common word for a name after a bare title (国王|海滩，)', () => {
    expect(extractOfficials('沿着海岸往北走就是国王海滩，游客可以租船出海。').officials).toEqual([]);
  });

  it('reads a ministry whose name holds 和 whole (住房和城乡建设部部长)', () => {
    expect(officials('住房和城乡建设部部长杨立川近日表示，将稳妥推进改革。')).toEqual([['杨立川', ['住房和城乡建设部部长']]]);
    expect(officials('人力资源和社会保障部副部长邹明远说，就业形势稳定。')).toEqual([['邹明远', ['人力资源和社会保障部副部长']]]);
  });

  it('reads the posts of factories, newsrooms, film crews, coaching staffs and consulates', () => {
    expect(officials('该报总编辑柯远航表示，报社将推出新的栏目。')).toEqual([['柯远航', ['总编辑']]]);
    expect(officials('厂长岳广田说，订单已经排到明年。')).toEqual([['岳广田', ['厂长']]]);
    expect(officials('球队助教卡萨诺夫很难鼓舞将士。')).toEqual([['卡萨诺夫', ['助教']]]);
    expect(officials('影片制片人邝美仪透露，续集正在筹备。')).toEqual([['邝美仪', ['制片人']]]);
    expect(officials('国足主帅伍家明表示，球队状态良好。')).toEqual([['伍家明', ['国足主帅']]]);
    expect(officials('央行行长钟启航在论坛上发表演讲。')).toEqual([['钟启航', ['央行行长']]]);
  });

  it('writes names and titles as the page does, in Traditional script too', () => {
    const text = '福建省委副書記、省長林國棟出席會議。';
    const { officials } = extractOfficials(text);
    expect(officials.map((official) => official.name)).toEqual(['林國棟']);
    const [mention] = officials[0].mentions;
    expect(text.slice(mention.start, mention.end)).toBe('林國棟');
    // Titles as written are slices of the text; the resolved title is composed of slices too.
    expect(officials[0].titles.map((title) => [title.text, title.resolved])).toEqual([
      ['福建省委副書記', '福建省委副書記'],
      ['省長', '福建省省長'],
    ]);
  });
});

describe('people without an office', () => {
  it('reads bylines inside the text as people with their roles and labels', () => {
    const { people } = extractOfficials('本报记者 陶宏远 通讯员 孔令书');
    expect(people.map((person) => [person.name, person.role, person.roleText])).toEqual([
      ['陶宏远', 'reporter', '本报记者'],
      ['孔令书', 'reporter', '通讯员'],
    ]);
  });

  it('reads a list of three or more names joined by 、 without a title', () => {
    const { people, officials } = extractOfficials('出席会议的有王海涛、刘建明、陈晓兵等。');
    expect(officials).toEqual([]);
    expect(people.map((person) => person.name)).toEqual(['王海涛', '刘建明', '陈晓兵']);
  });

  it('does not take a list of common words for names', () => {
    expect(extractOfficials('加强教育、医疗、科技等领域合作。').people).toEqual([]);
  });

  it('reads a name at the start of a clause before a word that follows names', () => {
    const { people } = extractOfficials('会后,周海峰在会上说,要抓好落实。');
    expect(people.map((person) => person.name)).toEqual(['周海峰']);
  });

  it('reads the other half of a pair of people joined by 和 or 与, however rare its given name', () => {
    const people = (text: string) => extractOfficials(text, { explain: true }).people.map((person) => [person.name, person.via]);
    expect(people('在本届锦标赛上，钟晓玥和陈芋溪包揽了金银牌。')).toEqual([['钟晓玥', 'model'], ['陈芋溪', 'joined']]);
    // A word led by a surname (林业局) is no half of a pair.
    expect(people('会上，王建国和林业局的同志座谈。').map(([name]) => name)).toEqual(['王建国']);
  });

  it('does not read a surname with a form of address, or a pronoun, as a name', () => {
    expect(extractOfficials('李总表示,项目进展顺利。他旁边的人点头。').people).toEqual([]);
  });

  it('reads names called 同志', () => {
    expect(extractOfficials('以王建民同志为组长的工作组成立。').people.map((person) => person.name)).toEqual(['王建民']);
  });

  it('splits names run together in a headline', () => {
    expect(extractOfficials('郑秀兰黄启明马金花出席活动').people.map((person) => person.name)).toEqual(['郑秀兰', '黄启明', '马金花']);
    expect(extractOfficials('张晓明李红梅王海燕参加会议').people.map((person) => person.name)).toEqual(['张晓明', '李红梅', '王海燕']);
    expect(extractOfficials('加快建设现代化产业体系').people).toEqual([]);
  });

  it('reads no run of names out of a sentence whose words merely start with surnames (曾一再, 向X)', () => {
    expect(extractOfficials('马金花曾一再向高明说明情况。').people.map((person) => person.name)).toEqual(['马金花', '高明']);
  });
});

describe('Latin-script names inside Chinese text', () => {
  it('finds people and organisations written in Latin script, with offsets', () => {
    const text = '据报道,John Smith在会上表示,Acme Corporation将在上海设立研发中心。';
    const found = extractEntitiesFromView(text);
    expect(found.people).toEqual([{ name: 'John Smith', role: null, mentions: [{ start: 4, end: 14 }] }]);
    const acme = found.organizations.find((organization) => organization.name === 'Acme Corporation');
    expect(acme && text.slice(acme.mentions[0].start, acme.mentions[0].end)).toBe('Acme Corporation');
  });

  it('takes no acronym or single Latin word for a name', () => {
    expect(extractEntitiesFromView('会议在北京召开,GDP增长5%。').people).toEqual([]);
  });
});

describe('harder titles', () => {
  it('gives a bare title to the name before it when the model reads that better, and none after a form of address', () => {
    expect(officials('会上，周海峰书记曾多次强调安全生产。')).toEqual([['周海峰', ['书记']]]);
    expect(officials('活动现场，曲局长为高明和粉丝们做了介绍。')).toEqual([]);
  });

  it('reads 中央军委 as one organ, and no lone organ character the head starts with (新闻局局长 → 局长)', () => {
    expect(officials('中央军委主席刘大方日前签署命令。')).toEqual([['刘大方', ['中央军委主席']]]);
    expect(officials('其国际新闻局局长由刘大方兼任。')).toEqual([['刘大方', ['局长']]]);
  });

  it('reads 原 and 前 inside or before a title\'s organisation as a post left, with the organisation whole', () => {
    const titles = (text: string) => extractOfficials(text).officials.flatMap((official) => official.titles.map((title) => [title.resolved, title.status ?? null]));
    expect(titles('湖南省人大常委会原党组书记刘大方接受审查。')).toEqual([['湖南省人大常委会原党组书记', 'former']]);
    expect(titles('省政协原副主席刘大方出席。')).toEqual([['省政协原副主席', 'former']]);
    expect(titles('会上，原市委书记刘大方讲话。')).toEqual([['市委书记', 'former']]);
  });

  it('reads a short name fixed between a post note and punctuation (书记(兼)邝立,), however low the model scores it there', () => {
    expect(officials('医院党委书记(兼)邝立,副县长刘大方出席。')).toEqual([['邝立', ['医院党委书记']], ['刘大方', ['副县长']]]);
  });

  it('reads 助理 before a head as its modifier (助理處長, 助理署長), and after one as a head of its own (市长助理)', () => {
    expect(officials('助理署長鄭立文今日出席活動。')).toEqual([['鄭立文', ['助理署長']]]);
    expect(officials('市长助理刘大方出席。')).toEqual([['刘大方', ['市长助理']]]);
  });

  it('reads 和 between two officials as a conjunction (部长刘方和副部长…), and as a given name before a bare title', () => {
    expect(officials('财政部长刘方和副部长郑立文出席。')).toEqual([['刘方', ['财政部长']], ['郑立文', ['副部长']]]);
    expect(officials('王志和副市长出席会议。')).toEqual([['王志和', ['副市长']]]);
  });

  it('leaves a city to the name it ends (赵长春副主任), and to the title where no name holds it (长春市长)', () => {
    expect(officials('第二组由管委会赵长春副主任和办公室刘大方主任负责。')).toEqual([['赵长春', ['副主任']], ['刘大方', ['主任']]]);
    expect(officials('长春市长刘大方出席。')).toEqual([['刘大方', ['长春市长']]]);
  });

  it('reads sports and business heads (主帅, CEO, 创始人), and a well-known firm before one as its organisation, no person (阿里巴巴创始人)', () => {
    expect(officials('球队主帅安切罗尼赛后表示，球员们踢得很努力。')).toEqual([['安切罗尼', ['主帅']]]);
    expect(officials('该公司CEO刘大方宣布新计划。')).toEqual([['刘大方', ['CEO']]]);
    expect(officials('阿里巴巴创始人刘大方出席。')).toEqual([['刘大方', ['阿里巴巴创始人']]]);
  });

  it('reads a ministry written into its head (外交部长) and a party before a title', () => {
    expect(officials('外交部长刘大方会见了来宾。')).toEqual([['刘大方', ['外交部长']]]);
    expect(officials('國民黨主席鄭立文今天表示將全力配合。')).toEqual([['鄭立文', ['國民黨主席']]]);
  });

  it('reads who holds a post after 为 or 由 (组长为X，, 主任由X兼任), and not 为X颁奖', () => {
    expect(officials('工作组组长为黄启明，副组长为马金花。')).toEqual([['黄启明', ['工作组组长']], ['马金花', ['副组长']]]);
    expect(officials('办公室主任由刘大方兼任。')).toEqual([['刘大方', ['办公室主任']]]);
    expect(officials('市长为郑秀兰颁奖。')).toEqual([]);
  });

  it('reads a dotted name before a title and does not take the verb after the title for a name', () => {
    expect(Object.keys(titlesOf('买买提·艾力副主席会见了来宾。'))).toEqual(['买买提·艾力']);
    expect(extractOfficials('副主席会见了来宾。').officials).toEqual([]);
  });

  it('accepts a name without a Han surname after a title with its organisation', () => {
    expect(Object.keys(titlesOf('自治区政府副主席格桑卓玛主持会议。'))).toEqual(['格桑卓玛']);
  });

  it('reads organs named in free words and gives the organ, not its party committee, to a later title', () => {
    expect(titlesOf('县市场监管局党委书记、局长周立新在会上作部署。')['周立新']).toEqual([
      ['县市场监管局党委书记', '县市场监管局党委书记'],
      ['局长', '县市场监管局局长'],
    ]);
  });

  it('reads countries before foreign titles', () => {
    expect(titlesOf('法国总统杜兰德出席开幕式。')['杜兰德']).toEqual([['法国总统', '法国总统']]);
  });
});

describe('places and organisations', () => {
  it('chains county, township and village units after a known place', () => {
    const { places } = extractEntitiesFromView('调研组来到河北省保定市阜平县龙泉关镇顾家村,随后返回顾家村。');
    const names = places.map((place) => place.name);
    expect(names).toEqual(expect.arrayContaining(['河北省', '保定市', '阜平县', '龙泉关镇', '顾家村']));
    expect(places.find((place) => place.name === '顾家村')?.mentions).toHaveLength(2);
  });

  it('finds cities abroad, and countries marked edges, by their whole name where the words begin and end with it', () => {
    const placesOf = (text: string) => extractEntitiesFromView(text).places.map((place) => [place.name, place.type]);
    expect(placesOf('代表团先后访问了伦敦、巴黎和东京，并在纽约出席论坛。')).toEqual([['伦敦', 'city'], ['巴黎', 'city'], ['东京', 'city'], ['纽约', 'city']]);
    expect(placesOf('他曾在苏丹执行维和任务。')).toEqual([['苏丹', 'country']]);
    expect(placesOf('食品中检出了苏丹红。')).toEqual([]);
    // A country not marked edges is found inside a jieba word too (德国总理 is one).
    expect(placesOf('德国总理郝伯特出席会议。')).toEqual([['德国', 'country']]);
    expect(titlesOf('德国总理郝伯特出席会议。')['郝伯特']).toEqual([['德国总理', '德国总理']]);
  });

  it('finds organisations by suffix and drops the places before a company name that the text also writes alone', () => {
    const text = '代表团走进青岛市黄岛区海润达电子科技有限公司。海润达电子科技有限公司、黄岛区第一中学和青岛市人民政府分别介绍情况。';
    const { organizations } = extractEntitiesFromView(text);
    const names = organizations.map((organization) => organization.name);
    expect(names).toEqual(expect.arrayContaining(['海润达电子科技有限公司', '青岛市人民政府']));
    expect(names).not.toContain('青岛市黄岛区海润达电子科技有限公司');
    expect(organizations.find((organization) => organization.name === '海润达电子科技有限公司')?.mentions).toHaveLength(2);
  });

  it('finds a city by its short form where the words begin and end with it, and not inside a word or a name', () => {
    const placesOf = (text: string) => extractEntitiesFromView(text).places.map((place) => place.name);
    // Short forms jieba's tags call names or nouns, and two places one word holds (吉林长春).
    expect(placesOf('代表团本周走访了石家庄、秦皇岛、合肥和吉林长春。')).toEqual(['石家庄', '秦皇岛', '合肥', '吉林', '长春']);
    // 台中 inside 平台中, and 来宾 (guests: dict/places.txt marks it everyday), are no places.
    expect(placesOf('平台中的数据显示，来宾都很满意。')).toEqual([]);
    // A city held by a name found there is the person's name: 长春 of 赵长春.
    const { people, places } = extractEntitiesFromView('赵长春表示，他下个月要去长春。');
    expect(people.map((person) => person.name)).toEqual(['赵长春']);
    expect(places.map((place) => place.mentions.map((mention) => mention.start))).toEqual([[12]]);
  });

  it('chains a unit only from a character that can begin one, and takes no word for an area as a district', () => {
    const placesOf = (text: string) => extractEntitiesFromView(text).places.map((place) => place.name);
    expect(placesOf('鄂东的黄石、鄂州市发展迅速。')).toEqual(['黄石', '鄂州市']);
    expect(placesOf('保定地区的农业发展迅速。')).toEqual(['保定']);
  });

  it('does not make an organisation of 政府 without a place', () => {
    const { organizations } = extractEntitiesFromView('要发挥好有为政府作用。');
    expect(organizations).toEqual([]);
  });

  it('keeps credited people as people with their roles, not officials', () => {
    const { officials, people } = extractOfficials('会议由主任张立新主持。', { credited: [{ name: '赵文静', role: 'photographer' }] });
    expect(officials.map((official) => official.name)).toEqual(['张立新']);
    expect(people).toEqual([{ name: '赵文静', role: 'photographer', mentions: [] }]);
  });
});

describe('long inputs', () => {
  // 60 surnames × 50 × 50 given-name characters: 150,000 different made-up three-character names.
  const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖';
  const GIVEN = '建国明华文军平伟强磊洋勇艳杰娟涛超秀英霞刚敏静丽桂芳玉兰红梅志峰海燕波辉鹏宇晨欣怡佳琪嘉雪晓东春林亮';

  it('reads a 、 list of 150,000 names to the end, every name with its one mention', () => {
    const names: string[] = [];
    for (const surname of SURNAMES) for (const first of GIVEN) for (const second of GIVEN) names.push(surname + first + second);
    expect(names).toHaveLength(150_000);
    const { officials, people } = extractOfficials(`${names.join('、')}等同志出席。`);
    const found = new Map([...officials, ...people].map((person) => [person.name, person.mentions.length]));
    const listed = names.filter((name) => found.has(name));
    // The list is read as names (the model may pass over a few it finds unlikely), none of them lost to the length.
    expect(listed.length).toBeGreaterThan(names.length * 0.95);
    expect(listed.every((name) => found.get(name) === 1)).toBe(true);
    expect(found.has(names[names.length - 1])).toBe(true);
  }, 120_000);
});
