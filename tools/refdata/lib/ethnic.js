// The 55 minority nationalities as they appear inside autonomous-area names
// (红河哈尼族彝族自治州 = Honghe + Hani + Yi), with the English forms used in
// official English names. "各族" (all nationalities) appears in a few.
'use strict';

const ETHNIC = [
  ['蒙古', 'Mongol'], ['回', 'Hui'], ['藏', 'Tibetan'], ['维吾尔', 'Uyghur'], ['苗', 'Miao'],
  ['彝', 'Yi'], ['壮', 'Zhuang'], ['布依', 'Bouyei'], ['朝鲜', 'Korean'], ['满', 'Manchu'],
  ['侗', 'Dong'], ['瑶', 'Yao'], ['白', 'Bai'], ['土家', 'Tujia'], ['哈尼', 'Hani'],
  ['哈萨克', 'Kazakh'], ['傣', 'Dai'], ['黎', 'Li'], ['傈僳', 'Lisu'], ['佤', 'Va'],
  ['畲', 'She'], ['高山', 'Gaoshan'], ['拉祜', 'Lahu'], ['水', 'Sui'], ['东乡', 'Dongxiang'],
  ['纳西', 'Naxi'], ['景颇', 'Jingpo'], ['柯尔克孜', 'Kyrgyz'], ['土', 'Tu'], ['达斡尔', 'Daur'],
  ['仫佬', 'Mulao'], ['羌', 'Qiang'], ['布朗', 'Blang'], ['撒拉', 'Salar'], ['毛南', 'Maonan'],
  ['仡佬', 'Gelao'], ['锡伯', 'Xibe'], ['阿昌', 'Achang'], ['普米', 'Pumi'], ['塔吉克', 'Tajik'],
  ['怒', 'Nu'], ['乌孜别克', 'Uzbek'], ['俄罗斯', 'Russian'], ['鄂温克', 'Evenki'],
  ['德昂', "De'ang"], ['保安', 'Bonan'], ['裕固', 'Yugur'], ['京', 'Gin'], ['塔塔尔', 'Tatar'],
  ['独龙', 'Derung'], ['鄂伦春', 'Oroqen'], ['赫哲', 'Hezhen'], ['门巴', 'Monba'],
  ['珞巴', 'Lhoba'], ['基诺', 'Jino'], ['各', 'Various Nationalities'],
];

// Longest names first so 哈萨克 is tried before 哈尼 could mislead a prefix.
const BY_LENGTH = [...ETHNIC].sort((a, b) => b[0].length - a[0].length);

// Splits "红河哈尼族彝族" into {base: "红河", groups: [哈尼, 彝]}. A one-character
// nationality must be written with 族 (白 alone is too common in names).
function splitEthnic(s) {
  let rest = s;
  const groups = [];
  for (;;) {
    let hit = null;
    for (const [zh, en] of BY_LENGTH) {
      if (rest.endsWith(zh + '族')) { hit = {zh, en, len: zh.length + 1}; break; }
      if (zh.length >= 2 && rest.endsWith(zh)) { hit = {zh, en, len: zh.length}; break; }
    }
    if (!hit || [...rest].length - hit.len < 2) break;
    groups.unshift(hit);
    rest = rest.slice(0, rest.length - hit.len);
  }
  return {base: rest, groups};
}

module.exports = {ETHNIC, splitEthnic};
