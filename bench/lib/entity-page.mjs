// A made-up news page dense in names, titles and places, for measuring how the entity stage grows with the
// page: every paragraph names new people (built from surname and given-name characters, so a page of 100
// copies names 100 times as many people), with titles, places, organisations, a 、 list and a byline.
// The sentences are our own; no benchmark text.

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤';
const GIVEN = '建国明华文军平伟强磊洋勇艳杰娟涛超秀英霞刚敏静丽桂芳玉兰红梅志峰海燕波辉鹏宇晨欣怡佳琪嘉雪晓东春林亮凯斌俊';
const PROVINCES = ['河北省', '山西省', '江苏省', '浙江省', '安徽省', '福建省', '江西省', '山东省', '河南省', '湖北省', '湖南省', '广东省', '四川省', '贵州省', '云南省', '陕西省', '甘肃省'];
const CITIES = ['石家庄市', '太原市', '南京市', '杭州市', '合肥市', '福州市', '南昌市', '济南市', '郑州市', '武汉市', '长沙市', '广州市', '成都市', '贵阳市', '昆明市', '西安市', '兰州市'];
const TOWNS = ['青石', '白沙', '柳林', '红旗', '新华', '东风', '河口', '松岭'];

/** The n-th made-up name: a surname and one or two given-name characters, distinct for every n below ~200,000. */
export function madeUpName(n) {
  const surname = SURNAMES[n % SURNAMES.length];
  const rest = Math.floor(n / SURNAMES.length);
  const first = GIVEN[rest % GIVEN.length];
  const second = Math.floor(rest / GIVEN.length);
  return second === 0 ? surname + first : surname + first + GIVEN[(second - 1) % GIVEN.length];
}

/** One paragraph of the page, the `index`-th: seven new people, two provinces, two cities, a town and a village. */
function paragraph(index) {
  const name = (k) => madeUpName(index * 7 + k + 60);
  const province = PROVINCES[index % PROVINCES.length];
  const city = CITIES[(index * 5) % CITIES.length];
  const town = TOWNS[index % TOWNS.length];
  return [
    `${province}委书记${name(0)}、省长${name(1)}来到${city}${town}镇调研，${city}委副书记${name(2)}陪同。`,
    `${name(0)}指出，要把乡村振兴各项工作落到实处。${city}人民政府、${town}镇中心学校负责人参加座谈。`,
    `参加调研的还有${name(3)}、${name(4)}、${name(5)}等同志。${name(1)}在${PROVINCES[(index + 3) % PROVINCES.length]}考察时说，项目进展顺利。`,
    `（记者 ${name(6)}）`,
  ].join('\n');
}

/** A page of `paragraphs` paragraphs (about 190 characters each). */
export function entityPage(paragraphs) {
  const parts = [];
  for (let index = 0; index < paragraphs; index++) parts.push(paragraph(index));
  return parts.join('\n');
}
