/**
 * The related-reading fixture: 59 hand-written releases with free-form titles as government sites
 * write them — policy documents (关于印发《…》的通知) with their 解读 and later follow-ups, yearly
 * series (养老金 调整, 高考, 食品抽检 通告), meetings, and several cities each with news on several
 * subjects, so that titles share a place or a year without sharing a subject. Names of people and
 * document numbers are invented. Each article has a key that the labels
 * (tests/fixtures/related/labels.json) refer to.
 */
import type { Disclosure } from '../../src/lib/article.ts';
import { shanghaiIso } from '../../src/lib/dates.ts';
import { matchTags } from '../../src/lib/tag-vocabulary.ts';

export interface PolicyArchiveSource {
  key: string;
  /** Asia/Shanghai wall-clock time: [year, month, day, hour, minute]. */
  date: [number, number, number, number, number];
  source: string;
  title: string;
  /** The release's first paragraph, which ingest keeps as the summary. */
  summary: string;
  disclosure?: Disclosure;
}

const 省政府办公厅 = '浙江省人民政府办公厅';
const 市场监管 = '省市场监管局（省知识产权局）';
const 人力社保 = '省人力社保厅';
const 应急管理 = '省应急管理厅';
const 教育考试院 = '省教育考试院';
const 杭州 = '杭州市人民政府';
const 温州 = '温州市人民政府';
const 湖州 = '湖州市人民政府';
const 宁波 = '宁波市人民政府';

/** 政府信息公开 fields of a policy document. */
const policy = (issuer: string, documentNumber: string, topic: string, writtenOn: string): Disclosure => ({
  issuer,
  documentNumber,
  topic,
  writtenOn,
  validity: '有效',
});

export const POLICY_ARCHIVE: PolicyArchiveSource[] = [
  // 知识产权保护: the regulation's rules, their 解读, then work under them in several cities.
  {
    key: 'ip-rules',
    date: [2022, 1, 10, 16, 0],
    source: 省政府办公厅,
    title: '浙江省人民政府办公厅关于印发《浙江省知识产权保护和促进条例》实施细则的通知',
    summary:
      '各市、县（市、区）人民政府，省政府直属各单位：《浙江省知识产权保护和促进条例》实施细则已经省政府同意，现印发给你们，请结合实际认真贯彻执行。',
    disclosure: policy(省政府办公厅, '浙政办发〔2022〕3号', '市场监管、安全生产监管\\知识产权', '2022-01-06'),
  },
  {
    key: 'ip-rules-explained',
    date: [2022, 1, 12, 10, 0],
    source: 市场监管,
    title: '《浙江省知识产权保护和促进条例》实施细则政策解读',
    summary:
      '近日，省政府办公厅印发《浙江省知识产权保护和促进条例》实施细则（浙政办发〔2022〕3号），现就起草背景、主要内容和保障措施解读如下。',
  },
  {
    key: 'ip-ningbo-campaign',
    date: [2022, 6, 20, 9, 30],
    source: 宁波,
    title: '宁波市开展知识产权保护“铁拳”专项行动',
    summary: '宁波市市场监管局启动知识产权保护“铁拳”专项行动，重点打击商标侵权、假冒专利等违法行为。',
  },
  {
    key: 'ip-white-paper',
    date: [2023, 4, 26, 10, 0],
    source: 市场监管,
    title: '2022年浙江省知识产权保护状况白皮书发布',
    summary: '省知识产权局发布2022年浙江省知识产权保护状况白皮书，全省知识产权保护社会满意度连续三年提升。',
  },
  {
    key: 'ip-joint-meeting',
    date: [2024, 3, 15, 9, 58],
    source: 市场监管,
    title: '2024年浙江省知识产权强省建设工作联席会议召开',
    summary:
      '3月11日上午，2024年浙江省知识产权强省建设工作联席会议全体成员会议在杭州召开，副省长张雁云出席会议并讲话。',
  },
  {
    key: 'ip-huzhou-centre',
    date: [2024, 9, 3, 15, 0],
    source: 湖州,
    title: '中国（湖州）知识产权保护中心正式运行',
    summary: '中国（湖州）知识产权保护中心正式运行，为绿色智造产业提供专利快速预审、快速确权和快速维权服务。',
  },
  // 数据知识产权: a neighbouring subject, its own rules, their 解读 and a follow-up.
  {
    key: 'data-ip-rules',
    date: [2023, 6, 1, 16, 0],
    source: 市场监管,
    title: '关于印发《浙江省数据知识产权登记办法（试行）》的通知',
    summary: '为规范数据知识产权登记行为，促进数据要素合规高效流通使用，制定本办法，现予印发。',
    disclosure: policy(
      '浙江省市场监督管理局',
      '浙市监知〔2023〕8号',
      '市场监管、安全生产监管\\知识产权',
      '2023-05-29',
    ),
  },
  {
    key: 'data-ip-explained',
    date: [2023, 6, 5, 9, 0],
    source: 市场监管,
    title: '一图读懂《浙江省数据知识产权登记办法（试行）》',
    summary:
      '《浙江省数据知识产权登记办法（试行）》（浙市监知〔2023〕8号）明确了登记对象、登记程序和登记证书的效力。',
  },
  {
    key: 'data-ip-hangzhou',
    date: [2024, 1, 18, 14, 0],
    source: 杭州,
    title: '杭州颁发首批数据知识产权登记证书',
    summary: '杭州市向12家企业颁发首批数据知识产权登记证书，涉及工业数据、交通出行数据等领域。',
  },
  // 营商环境: a regulation, its 解读, the reform meeting, a city's evaluation.
  {
    key: 'business-law',
    date: [2023, 11, 24, 18, 0],
    source: '浙江省人大常委会',
    title: '浙江省优化营商环境条例',
    summary:
      '《浙江省优化营商环境条例》已于2023年11月24日经浙江省第十四届人民代表大会常务委员会第六次会议通过，现予公布，自2024年1月1日起施行。',
  },
  {
    key: 'business-law-explained',
    date: [2023, 12, 1, 10, 0],
    source: '省发展改革委',
    title: '《浙江省优化营商环境条例》新闻发布会答记者问',
    summary:
      '省发展改革委、省司法厅有关负责人就《浙江省优化营商环境条例》的出台背景和主要制度创新回答记者提问。',
  },
  {
    key: 'business-reform',
    date: [2024, 2, 19, 9, 30],
    source: '省发展改革委',
    title: '我省召开营商环境优化提升“一号改革工程”大会',
    summary: '大会提出，以政务服务增值化改革为牵引，打造营商环境最优省，让企业办事更便利。',
  },
  {
    key: 'business-wenzhou',
    date: [2024, 7, 9, 11, 0],
    source: 温州,
    title: '温州发布2023年度县域营商环境评价结果',
    summary: '温州市公布2023年度县（市、区）营商环境评价结果，鹿城区、乐清市位列前三。',
  },
  // 养老金: the same notice each year, and a Q&A on one of them.
  {
    key: 'pension-2023',
    date: [2023, 7, 20, 17, 0],
    source: 人力社保,
    title: '关于2023年调整退休人员基本养老金的通知',
    summary:
      '经省政府同意，自2023年1月1日起调整全省企业和机关事业单位退休人员基本养老金，总体调整水平为3.8%。',
    disclosure: policy(
      '浙江省人力资源和社会保障厅',
      '浙人社发〔2023〕30号',
      '劳动、人事、监察\\社会保障',
      '2023-07-18',
    ),
  },
  {
    key: 'pension-2024',
    date: [2024, 7, 5, 17, 0],
    source: 人力社保,
    title: '关于2024年调整退休人员基本养老金的通知',
    summary: '经省政府同意，自2024年1月1日起调整全省企业和机关事业单位退休人员基本养老金，总体调整水平为3%。',
    disclosure: policy(
      '浙江省人力资源和社会保障厅',
      '浙人社发〔2024〕25号',
      '劳动、人事、监察\\社会保障',
      '2024-07-02',
    ),
  },
  {
    key: 'pension-2024-qa',
    date: [2024, 7, 8, 9, 0],
    source: 人力社保,
    title: '2024年退休人员基本养老金调整政策问答',
    summary: '浙人社发〔2024〕25号文件印发后，省人力社保厅就调整范围、调整办法和发放时间回答群众关心的问题。',
  },
  // 防台: two typhoons, warnings from the province and from a city.
  {
    key: 'typhoon-doksuri',
    date: [2023, 7, 27, 20, 0],
    source: 应急管理,
    title: '全省部署防御第5号台风“杜苏芮”',
    summary: '省防指召开防御第5号台风“杜苏芮”视频会商会，要求各地落实人员转移、船只回港等防台措施。',
  },
  {
    key: 'typhoon-wenzhou',
    date: [2023, 7, 28, 8, 0],
    source: 温州,
    title: '温州市启动防台风Ⅳ级应急响应',
    summary: '受台风“杜苏芮”影响，温州市防指决定自7月28日8时起启动防台风Ⅳ级应急响应。',
  },
  {
    key: 'typhoon-gaemi',
    date: [2024, 7, 24, 21, 0],
    source: 应急管理,
    title: '我省全力防御第3号台风“格美”',
    summary: '省防指将防台风应急响应提升至Ⅲ级，沿海各地全面落实海上作业人员上岸避险。',
  },
  // 食品安全: the numbered 抽检 notices, and a city's school inspection.
  {
    key: 'food-check-1',
    date: [2024, 3, 5, 16, 0],
    source: 市场监管,
    title: '浙江省市场监督管理局关于2024年第1期食品安全监督抽检信息的通告',
    summary: '近期，省市场监管局组织抽检粮食加工品、食用油等12大类食品360批次，其中不合格样品5批次。',
  },
  {
    key: 'food-check-2',
    date: [2024, 4, 2, 16, 0],
    source: 市场监管,
    title: '浙江省市场监督管理局关于2024年第2期食品安全监督抽检信息的通告',
    summary: '近期，省市场监管局组织抽检肉制品、乳制品等10大类食品420批次，其中不合格样品7批次。',
  },
  {
    key: 'food-huzhou-schools',
    date: [2024, 5, 10, 10, 0],
    source: 湖州,
    title: '湖州开展校园食品安全专项检查',
    summary: '湖州市市场监管局联合教育部门对全市中小学校食堂开展食品安全专项检查，检查食堂386家。',
  },
  // 安全生产: a city meeting and the province's.
  {
    key: 'safety-wenzhou',
    date: [2023, 3, 14, 10, 0],
    source: 温州,
    title: '温州市召开安全生产工作会议',
    summary: '温州市安全生产工作会议召开，会议部署开展重大事故隐患专项排查整治行动。',
  },
  {
    key: 'safety-province',
    date: [2024, 2, 28, 10, 0],
    source: 应急管理,
    title: '2024年全省安全生产工作会议召开',
    summary: '全省安全生产工作会议以视频形式召开，会议总结2023年安全生产工作，部署重大事故隐患判定标准落地。',
  },
  // 教育: 高考 notices in two years, and 双减 with a city's after-school service.
  {
    key: 'gaokao-2023',
    date: [2023, 6, 1, 9, 0],
    source: 教育考试院,
    title: '2023年浙江省普通高校招生考试考生须知',
    summary: '2023年高考将于6月7日至10日举行，考生须携带准考证和身份证，按规定时间进入考场。',
  },
  {
    key: 'gaokao-2024',
    date: [2024, 6, 3, 9, 0],
    source: 教育考试院,
    title: '2024年高考浙江考区考生须知发布',
    summary: '2024年高考将于6月7日至10日举行，省教育考试院提醒考生提前熟悉考点，诚信应考。',
  },
  {
    key: 'double-reduction',
    date: [2022, 3, 1, 8, 30],
    source: '省教育厅',
    title: '我省深入推进“双减”工作',
    summary:
      '新学期开学，全省义务教育学校全面落实“双减”要求，作业总量和时长明显下降，课后服务覆盖有需求的学生。',
  },
  {
    key: 'after-school-hangzhou',
    date: [2023, 9, 1, 10, 0],
    source: 杭州,
    title: '杭州中小学课后服务实现全覆盖',
    summary: '落实“双减”要求，杭州市义务教育学校课后服务实现全覆盖，学生自愿参加比例超过九成。',
  },
  // 千万工程 and 乡村振兴.
  {
    key: 'villages',
    date: [2023, 6, 10, 9, 0],
    source: '省农业农村厅',
    title: '深化“千万工程”建设宜居宜业和美乡村',
    summary: '二十年来，“千万工程”造就了万千美丽乡村，带动了农民增收，下一步将以乡村振兴推动共同富裕。',
  },
  {
    key: 'villages-anji',
    date: [2024, 5, 20, 10, 0],
    source: 湖州,
    title: '安吉县推进和美乡村建设',
    summary: '湖州市安吉县以“千万工程”为抓手，今年新建和美乡村示范村15个。',
  },
  {
    key: 'rural-meeting',
    date: [2023, 10, 12, 9, 0],
    source: '省农业农村厅',
    title: '2023年全省乡村振兴工作推进会在丽水召开',
    summary: '全省乡村振兴工作推进会在丽水召开，会议交流了“千万工程”经验，部署强村富民乡村集成改革。',
  },
  // 数字经济 and public data.
  {
    key: 'digital-economy',
    date: [2024, 1, 10, 9, 0],
    source: '省经信厅',
    title: '数字经济创新提质“一号发展工程”推进会召开',
    summary: '会议要求，聚焦人工智能、集成电路等领域，加快打造全球数字变革高地。',
  },
  {
    key: 'public-data',
    date: [2023, 12, 28, 9, 30],
    source: '省数据局',
    title: '我省推进公共数据授权运营',
    summary: '省数据局启动公共数据授权运营试点，首批开放的数据集涵盖交通、气象和医疗等领域。',
  },
  {
    key: 'public-data-rules-explained',
    date: [2024, 8, 20, 9, 30],
    source: '省数据局',
    title: '《浙江省公共数据授权运营管理办法（试行）》解读',
    summary:
      '《浙江省公共数据授权运营管理办法（试行）》明确了授权运营的范围、运营单位的条件和数据产品的定价规则。',
  },
  // 人事任免: two notices of the same kind.
  {
    key: 'appointments-1',
    date: [2024, 1, 5, 17, 0],
    source: '浙江省人民政府',
    title: '浙江省人民政府关于王建平等同志职务任免的通知',
    summary: '省人民政府决定：任命王建平为浙江省交通运输厅副厅长；免去陈立新的浙江省水利厅副厅长职务。',
  },
  {
    key: 'appointments-2',
    date: [2024, 4, 12, 17, 0],
    source: '浙江省人民政府',
    title: '浙江省人民政府关于李红梅等同志职务任免的通知',
    summary: '省人民政府决定：任命李红梅为浙江省卫生健康委员会副主任；免去周国华的浙江省商务厅副厅长职务。',
  },
  // 杭州: the Asian Games and the subway, beside the city's other news above.
  {
    key: 'asian-games',
    date: [2023, 10, 9, 20, 0],
    source: 杭州,
    title: '杭州第19届亚运会圆满闭幕',
    summary: '10月8日晚，杭州第19届亚运会闭幕式在杭州奥体中心体育场举行。',
  },
  {
    key: 'asian-games-volunteers',
    date: [2023, 10, 20, 10, 0],
    source: 杭州,
    title: '杭州亚运会志愿者表彰大会举行',
    summary: '杭州亚运会、亚残运会志愿者表彰大会举行，3.76万名“小青荷”志愿者的服务得到肯定。',
  },
  {
    key: 'subway-hangzhou',
    date: [2024, 5, 5, 10, 0],
    source: 杭州,
    title: '杭州市城市轨道交通第四期建设规划获批',
    summary: '国家发展改革委批复杭州市城市轨道交通第四期建设规划，规划建设地铁线路5条。',
  },
  // 碳达峰: the plan, its 解读, and a city's own plan.
  {
    key: 'carbon-plan',
    date: [2022, 7, 28, 16, 0],
    source: 省政府办公厅,
    title: '浙江省人民政府关于印发浙江省碳达峰实施方案的通知',
    summary: '现将《浙江省碳达峰实施方案》印发给你们，请认真贯彻执行。确保2030年前实现碳达峰。',
    disclosure: policy(
      '浙江省人民政府',
      '浙政发〔2022〕18号',
      '城乡建设、环境保护\\节能与资源综合利用',
      '2022-07-22',
    ),
  },
  {
    key: 'carbon-plan-explained',
    date: [2022, 8, 2, 10, 0],
    source: '省发展改革委',
    title: '《浙江省碳达峰实施方案》政策解读',
    summary: '《浙江省碳达峰实施方案》（浙政发〔2022〕18号）提出，到2025年单位GDP二氧化碳排放比2020年下降。',
  },
  {
    key: 'carbon-ningbo',
    date: [2023, 2, 14, 15, 0],
    source: 宁波,
    title: '宁波市碳达峰实施方案发布',
    summary: '宁波市印发碳达峰实施方案，提出推动能源、工业、建筑、交通等领域绿色低碳转型。',
  },
  // 宁波: the port and an expo, beside the city's other news above.
  {
    key: 'ningbo-port',
    date: [2024, 1, 2, 9, 0],
    source: 宁波,
    title: '宁波舟山港2023年货物吞吐量连续15年居全球第一',
    summary: '2023年宁波舟山港完成货物吞吐量13.24亿吨，连续15年位居全球第一。',
  },
  {
    key: 'ningbo-expo',
    date: [2024, 6, 18, 10, 0],
    source: 宁波,
    title: '第八届中国—中东欧国家博览会在宁波开幕',
    summary: '第八届中国—中东欧国家博览会暨国际消费品博览会在宁波开幕，展览面积22万平方米。',
  },
  // 就业: employment measures in two years, and a city's job fair.
  {
    key: 'jobs-measures',
    date: [2022, 5, 30, 17, 0],
    source: 人力社保,
    title: '浙江出台稳就业二十条措施',
    summary: '措施提出，对吸纳高校毕业生就业的小微企业给予一次性扩岗补助，扩大以工代赈规模。',
  },
  {
    key: 'graduates-2025',
    date: [2025, 5, 12, 15, 0],
    source: '省教育厅',
    title: '全省高校毕业生就业促进行动启动',
    summary: '2025届全省高校毕业生预计超过四十万人，省教育厅启动百日冲刺促就业行动。',
  },
  {
    key: 'job-fair-wenzhou',
    date: [2025, 2, 10, 9, 0],
    source: 温州,
    title: '温州举办2025年春风行动大型招聘会',
    summary: '温州市2025年春风行动大型招聘会吸引600余家企业参会，提供就业岗位2万余个。',
  },
  // 医疗: 医共体, and a city's hospital.
  {
    key: 'county-health',
    date: [2023, 3, 22, 10, 0],
    source: '省卫生健康委',
    title: '县域医共体建设再上新台阶',
    summary: '省卫生健康委介绍，全省县域医共体实现县级全覆盖，基层医疗卫生机构服务能力持续提升。',
  },
  {
    key: 'county-health-plan',
    date: [2024, 9, 10, 16, 0],
    source: '省卫生健康委',
    title: '关于进一步深化县域医共体建设的实施意见',
    summary: '为进一步深化紧密型县域医共体建设，推动优质医疗资源扩容下沉，提出如下实施意见。',
  },
  {
    key: 'hospital-huzhou',
    date: [2024, 11, 3, 10, 0],
    source: 湖州,
    title: '湖州市中心医院新院区启用',
    summary: '湖州市中心医院新院区正式启用，开放床位1200张，新增急诊急救、妇儿等诊疗中心。',
  },
  // 文旅: two cities' tourism news, and a provincial promotion.
  {
    key: 'tourism-promotion',
    date: [2024, 5, 19, 10, 0],
    source: '省文化和旅游厅',
    title: '“诗画浙江”文旅品牌推介会在上海举行',
    summary: '推介会以“诗画浙江·百县千碗”为主题，发布了十条精品旅游线路，签约文旅项目十二个。',
  },
  {
    key: 'tourism-wenzhou',
    date: [2024, 7, 15, 10, 0],
    source: 温州,
    title: '雁荡山景区推出暑期文旅新玩法',
    summary: '暑期来临，温州乐清雁荡山景区推出夜游、研学等文旅新项目，吸引游客避暑休闲。',
  },
  // 科技: the innovation system meeting and a lab; and an unrelated Huzhou story.
  {
    key: 'science-meeting',
    date: [2023, 1, 30, 9, 0],
    source: '省科技厅',
    title: '全省科技工作会议部署“315”科技创新体系建设',
    summary: '会议提出，加快构建“315”科技创新体系，建设杭州城西科创大走廊。',
  },
  {
    key: 'science-lab',
    date: [2024, 4, 8, 10, 0],
    source: '省科技厅',
    title: '我省新增3家全国重点实验室',
    summary: '科技部批准我省新建3家全国重点实验室，全省“315”科技创新体系建设取得新进展。',
  },
  {
    key: 'huzhou-green-finance',
    date: [2023, 8, 15, 10, 0],
    source: 湖州,
    title: '湖州绿色金融改革创新试验区建设取得新成效',
    summary: '湖州市绿色贷款余额突破4000亿元，绿色金融改革创新试验区建设经验在全国推广。',
  },
  // 消费者权益: two years of 3·15.
  {
    key: 'consumer-day-2024',
    date: [2024, 3, 15, 10, 0],
    source: 市场监管,
    title: '2024年“3·15”国际消费者权益日活动举行',
    summary: '省市场监管局组织开展“激发消费活力”主题活动，发布消费维权典型案例。',
  },
  {
    key: 'consumer-day-2025',
    date: [2025, 3, 15, 10, 0],
    source: 市场监管,
    title: '3·15国际消费者权益日活动举行',
    summary: '3月15日，省市场监管局组织开展“共铸诚信 提振消费”主题活动，为消费者挽回经济损失一亿余元。',
  },
  // 共同富裕.
  {
    key: 'common-prosperity',
    date: [2021, 7, 19, 10, 0],
    source: '省发展改革委',
    title: '浙江高质量发展建设共同富裕示范区实施方案（2021—2025年）发布',
    summary: '方案明确，到2025年推动高质量发展建设共同富裕示范区取得明显实质性进展。',
  },
  {
    key: 'common-prosperity-meeting',
    date: [2024, 6, 28, 9, 0],
    source: '省发展改革委',
    title: '全省高质量发展建设共同富裕示范区推进大会召开',
    summary: '大会总结三年来示范区建设进展，部署缩小地区差距、城乡差距、收入差距重点任务。',
  },
];

/** The archive as the related-reading function takes it: frontmatter fields, tags as ingest gives them. */
export function policyArchiveArticle(article: PolicyArchiveSource) {
  return {
    title: article.title,
    summary: article.summary,
    source: article.source,
    publishedAt: shanghaiIso(...article.date),
    tags: matchTags(article.title, article.summary),
    ...(article.disclosure ? { disclosure: article.disclosure } : {}),
  };
}
