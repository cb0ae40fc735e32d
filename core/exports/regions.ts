/**
 * The destination region, at province or state level and never finer. Why a province is not personal
 * data: it is shared by more than half a million people even for the smallest one kept here (Wyoming
 * ~0.58 M, Macau ~0.68 M, Washington DC ~0.68 M; a Chinese province has tens of millions), so knowing
 * an order went to Zhejiang or Texas says nothing about who bought it. Carriers' on-time rates differ by
 * destination province, which is why the history keeps it.
 *
 * Only names on these lists are kept; any other text in the state/province column becomes '' (unknown).
 * The column is free text a buyer can fill wrongly (a city, a street), and some countries' exports put a
 * county or a district there; an allow-list makes "never city, street or postcode" true by construction.
 * The small US territories (Guam, American Samoa, the Virgin Islands, the Northern Mariana Islands) are
 * left out: each has fewer than 200,000 people.
 */

/** China's 34 province-level divisions as 抖店 prints them, and the short forms people write. */
const CN = [
  ['北京市', '北京'],
  ['天津市', '天津'],
  ['上海市', '上海'],
  ['重庆市', '重庆'],
  ['河北省', '河北'],
  ['山西省', '山西'],
  ['辽宁省', '辽宁'],
  ['吉林省', '吉林'],
  ['黑龙江省', '黑龙江'],
  ['江苏省', '江苏'],
  ['浙江省', '浙江'],
  ['安徽省', '安徽'],
  ['福建省', '福建'],
  ['江西省', '江西'],
  ['山东省', '山东'],
  ['河南省', '河南'],
  ['湖北省', '湖北'],
  ['湖南省', '湖南'],
  ['广东省', '广东'],
  ['海南省', '海南'],
  ['四川省', '四川'],
  ['贵州省', '贵州'],
  ['云南省', '云南'],
  ['陕西省', '陕西'],
  ['甘肃省', '甘肃'],
  ['青海省', '青海'],
  ['台湾省', '台湾'],
  ['内蒙古自治区', '内蒙古'],
  ['广西壮族自治区', '广西'],
  ['西藏自治区', '西藏'],
  ['宁夏回族自治区', '宁夏'],
  ['新疆维吾尔自治区', '新疆'],
  ['香港特别行政区', '香港'],
  ['澳门特别行政区', '澳门'],
] as const;

/** The 50 US states, DC and Puerto Rico: name and USPS code, as TikTok Shop US prints either. */
const US = [
  ['Alabama', 'AL'],
  ['Alaska', 'AK'],
  ['Arizona', 'AZ'],
  ['Arkansas', 'AR'],
  ['California', 'CA'],
  ['Colorado', 'CO'],
  ['Connecticut', 'CT'],
  ['Delaware', 'DE'],
  ['District of Columbia', 'DC'],
  ['Florida', 'FL'],
  ['Georgia', 'GA'],
  ['Hawaii', 'HI'],
  ['Idaho', 'ID'],
  ['Illinois', 'IL'],
  ['Indiana', 'IN'],
  ['Iowa', 'IA'],
  ['Kansas', 'KS'],
  ['Kentucky', 'KY'],
  ['Louisiana', 'LA'],
  ['Maine', 'ME'],
  ['Maryland', 'MD'],
  ['Massachusetts', 'MA'],
  ['Michigan', 'MI'],
  ['Minnesota', 'MN'],
  ['Mississippi', 'MS'],
  ['Missouri', 'MO'],
  ['Montana', 'MT'],
  ['Nebraska', 'NE'],
  ['Nevada', 'NV'],
  ['New Hampshire', 'NH'],
  ['New Jersey', 'NJ'],
  ['New Mexico', 'NM'],
  ['New York', 'NY'],
  ['North Carolina', 'NC'],
  ['North Dakota', 'ND'],
  ['Ohio', 'OH'],
  ['Oklahoma', 'OK'],
  ['Oregon', 'OR'],
  ['Pennsylvania', 'PA'],
  ['Puerto Rico', 'PR'],
  ['Rhode Island', 'RI'],
  ['South Carolina', 'SC'],
  ['South Dakota', 'SD'],
  ['Tennessee', 'TN'],
  ['Texas', 'TX'],
  ['Utah', 'UT'],
  ['Vermont', 'VT'],
  ['Virginia', 'VA'],
  ['Washington', 'WA'],
  ['West Virginia', 'WV'],
  ['Wisconsin', 'WI'],
  ['Wyoming', 'WY'],
] as const;

/** Every accepted spelling (upper-cased) → the one stored: the full Chinese name, the US state's name. */
const CANONICAL = new Map<string, string>([
  ...CN.flatMap(([name, short]): [string, string][] => [
    [name, name],
    [short, name],
  ]),
  ...US.flatMap(([name, code]): [string, string][] => [
    [name.toUpperCase(), name],
    [code, name],
  ]),
]);

/** The province or state a cell names, in its stored spelling; '' when it names none of them. */
export function provinceOf(text: string): string {
  return CANONICAL.get(text.trim().replace(/\s+/g, ' ').toUpperCase()) ?? '';
}
