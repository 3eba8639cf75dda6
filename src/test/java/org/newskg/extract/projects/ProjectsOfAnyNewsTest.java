package org.newskg.extract.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.extract.ArticleText;
import org.newskg.extract.ProjectsAndEventsExtractor;
import org.newskg.nlp.HanlpSegmenter;
import org.newskg.text.Article;

/**
 * Failure kinds seen in web articles and the corpus graph, as sentences of our own and the projects
 * (name=investment in yuan, or name= for none) they must give: a clause read into a name, a category
 * read as a project, a thing invested in without 项目 in its name.
 */
class ProjectsOfAnyNewsTest {

    private static final ProjectsAndEventsExtractor EXTRACTOR = new ProjectsAndEventsExtractor();

    private static Map<String, String> projects(String body) {
        Article a = new Article("t-01", "t.txt", 1, "", List.of(), body, Optional.of(LocalDate.of(2024, 5, 10)),
                Optional.of(2024), Optional.empty(), Optional.empty());
        var r = EXTRACTOR.read(new ArticleText(a, HanlpSegmenter.instance().segment(body)), List.of());
        Map<String, String> out = new TreeMap<>();
        for (ProjectFact p : r.projects()) {
            BigDecimal yuan = p.investmentYuan();
            out.put(p.project().name(), yuan == null ? "" : yuan.toBigInteger().toString());
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // who did what to a project is no project's name
        "市委书记张明远宣布项目开工。|",
        "王志刚认真了解项目推进情况。|",
        "各部门要积极帮助解决重点项目建设中的困难。|",
        "一定能够确保项目如期建成投产。|",
        // a count of projects is a category
        "投资5亿元的汽车座椅生产六大项目集中开工。|汽车座椅生产=500000000",
        // what an amount is invested in is a project, with or without 项目 in its name
        "标志着投资30亿元的远航新能源汽车发动机、投资5亿元的汽车座椅正式开工。|汽车座椅=500000000;远航新能源汽车发动机=3000000000",
        // 投资金额 is an investment; a space between Chinese and Latin stays inside a name
        "富力新城 CBD项目，落户三里河街道，投资金额200亿元。|富力新城CBD项目=20000000000",
        // an activity in common words is a kind of work, a product or a facility names a project
        "今年将实施海洋生态修复工程，推进城市更新改造提升工程。|",
        "全市推进数字化项目，科研联合资助项目全部落地。|",
        "青禾航空轮胎钢丝圈项目投产，人才培养基地项目同步推进。|人才培养基地项目=;青禾航空轮胎钢丝圈项目=",
        // the clause before a name is not part of it
        "我国冷链物流基地建设加快推进。|",
        // a list of companies that came with projects is no list of projects; companies' projects are
        "招商引资成效明显，远帆物流、青禾轮胎、金马集团等一大批企业和项目相继落地。|",
        "远帆物流二期、青禾轮胎扩建、金马冷链基地等30余家企业项目受益。|远帆物流二期=;金马冷链基地=;青禾轮胎扩建=",
        // a count closes a list of projects without 等; a sentence before a count is no list
        "其中包括金岭优特钢、5G产业城、蓝湾国际教育3个百亿元以上项目。|5G产业城=;蓝湾国际教育=;金岭优特钢=",
        "张明远代表市委、市政府向全市91个重点项目开工表示祝贺。|",
        // persons listed before 等 are no projects of the next list
        "李刚、周明、陈东等为远鸿白酒工业园等重点项目培土奠基。|",
        // who looks at a project, who stands for it, what it is to become: no project's name
        "在项目部，陈曦详细了解项目施工进度。|",
        "寺庄乡党委负责同志代表项目责任单位作了表态发言。|",
        "将打造一个集产业招商、园区运营为一体的都市新型产业园。|",
        // a short kind of project in common words is one project only beside a step of its life
        "各地积极发展微旅游项目和研学项目。|",
        "县长带队赴太原对接洽谈氧化铝项目。|氧化铝项目=",
        // several projects, a place's projects at large, a sports discipline: no one project
        "总台多个科技文化项目落地实施，俄罗斯项目进展顺利。|",
        "她夺得巴黎奥运会花样游泳集体项目金牌。|",
        // single characters HanLP could not join open a brand's project after a clause break
        "助力提高应急保障能力；天和金属制品项目计划与哈尔滨工科智谷合作。|天和金属制品项目=",
        // a name inside the project's own name is no person acting
        "北京沃顿公学教育项目总投资11亿元。|北京沃顿公学教育项目=1100000000",
        // national news speaks of kinds: built or planned at large, a tally, a plural subject
        "目前，全国已有超八成的水泥企业建设了智能调度中心。|",
        "该省将加快建设新型储能示范基地、算力保障基地等产业集群。|",
        "全国新开工的水运工程项目累计达到56项。|",
        "两个相邻村的“同富项目”正加紧建设。|",
        // a programme's ranks, counts and ordinals make a class of projects, not the name of one
        "湖南省重点水利工程全面开工。|",
        "这是援建的第三处修复项目。|",
        // places alone, a body that signs, a figure's unit, a description with 的: no projects
        "来自智利、越南和埃及的三个项目获奖。|",
        "此次签约包括省属企业、市国资委等共9组项目。|",
        "当地20万千瓦风电场正在加紧施工。|",
        "这里是全国铁路网的重要物流中心。|",
        "福建霞浦杨家溪梯田和湖南紫鹊界梯田两个工程申报成功。|",
        "这是世界最长的跨海隧道工程。|",
        "当地正在建设AI智能算力中心。|",
        "他在青运会帆船项目中夺冠。|",
        "该市四个中心建设全面开工。|",
        "工程包括12座泵站、3条渠道等项目。|",
        "她在亚运会皮划艇静水项目中夺冠，当地迎来大批新能源项目签约。|",
        // a place, a brand or a figure of its own names one project where a step is told
        "金马冷链基地项目今天签约落户。|金马冷链基地项目=",
        "引洮济陇工程二期今天开工。|引洮济陇工程二期=",
        // a list's items of work on a field, or of pastimes, are kinds of projects
        "当地正加快推进高标准农田建设、西北盐碱地保护等项目。|",
        "景区推出冰上陀螺、雪地拔河等趣味竞技项目。|",
        "一批智算、算网协同等新基建工程正加速落地。|",
        // quotes around a rank or a count before them: a class
        "该市评出30个“最佳实践”项目。|",
        "展会设置了“文创+旅游”项目体验展。|",
        // a country and descriptors only, many at once, a team, an organisation's office
        "欢迎中国企业参与肯尼亚建设项目。|",
        "受台风影响，闽南海上施工作业项目已全部停工。|",
        "在青岛基地，17万立方米LNG船项目组正在加班。|",
        "论坛期间，世界银行北京区域中心正式启动。|",
        // a route between places, a place in brackets after a short name, belong to the name
        "宁夏—湖南特高压直流工程今天开工。|宁夏—湖南特高压直流工程=",
        "当天，苏宁(鹿邑)智慧物流园正式开工。|苏宁(鹿邑)智慧物流园=",
        // a department, a medal's event, a heritage find, a description before a dash, a count in quotes
        "他手握南开大学化学工程系毕业证书走进工地，项目开工。|",
        "赛会产生了机器人接力赛、全程自主控制足球赛等18个项目的奖牌。|",
        "龙山文化城址、青川古城遗址等十个项目入选年度考古新发现。|",
        "位于两省交界的长江上游水利工程——青川水利枢纽今天开闸泄水。|",
        "会议强调，坚持“三个中心”建设，推动重点项目开工。|",
        // classes of projects, programmes deployed, works of a river's stretch
        "清单包括现代物流、区域协同创新等6大类200个项目，总投资约1万亿元。|",
        "今年，该区部署推进了温暖工程、诚信建设工程等五个工程。|",
        "今年珠江流域水工程联合调度总数增至96座。|",
        // a story's verb or place read into a name, a class by size, works of two parties, heritage, designations
        "青川市已完成亿元以上项目投资120亿元。|",
        "江苏无锡滨湖区推出热气球观光项目。|",
        "两国政府间合作项目进展顺利。|",
        "青川省非物质文化遗产代表性项目名录公布，特色非遗项目落地。|",
        "加快青川城市副中心建设，打造面向东盟辐射中心，一处军事基地遭袭。|",
        "青川大学遥感信息工程国家重点实验室揭牌。|",
        // lists of pastimes or of land counted, corridors, ranks; a name HanLP read as a person before a verb
        "在青川河谷，竹筏漂流、滑草、骑马等项目吸引游客。|",
        "柳溪村已建成万亩稻田、千亩茶园等12个生态农业项目。|",
        "积极推进沿江沿海高铁等重点项目建设。|",
        "加快推动优先经济项目对接磋商。|",
        "今天，西气东输三线中卫至枣阳段工程正式投产。|西气东输三线中卫至枣阳段工程=",
        // what an amount is invested in ends before the time and the manner of its step; slogans of numbered parts
        "一座总投资35亿元的锂离子电池工厂不久前全面投产。|锂离子电池工厂=3500000000",
        "紧紧围绕建设“两区一中心”的战略定位。|",
        "我国启动国家储备林建设工程。|",
        // a firm's name after 工程, a games' events, an organisation's projects at large, a verb of the story
        "青川华宏工程咨询有限公司原监理员被逮捕。|",
        "巴黎奥运会转播项目启动。|",
        "联合国项目官员表示，援助正在推进。|",
        "本届亚冬会分为哈尔滨冰上项目和亚布力雪上项目。|",
        "石家庄结合城市更新项目建设口袋公园。|",
        // a word pointing back, cargo, support works; a city whose name opens with 本 stays
        "该线路站房工程正式开工。|",
        "中欧班列满载光伏电站项目设备发车。|",
        "深圳配套工程加快建设。|",
        "本溪钢铁项目今天开工。|本溪钢铁项目=",
        // light verbs of the clause, a pronoun, an industry, a work's rank in a system
        "报告称有机构在邻国进行病毒基因研究项目。|",
        "青川县地处南水北调工程水源区。|",
        "展览向市民全面展示航天工程成就。|",
        "各方讨论有关其核项目的问题。|",
        "受需求疲软影响，德国电气工程订单下降。|",
        "长江防洪体系骨干工程柳溪水利枢纽工程开工。|柳溪水利枢纽工程=",
        // items without a head of their own are projects where the list counts them or the story does something to them
        "游客可体验雪地摩托、雪圈滑道等项目。|",
        "他主持设计了青川宾馆和柳溪商业街等改造项目。|",
        "集市上剪纸、面塑、青川面点等特色项目令人目不暇接。|",
        "青川风电、柳溪壹号、泓景之家等20余家企业项目受益。|青川风电=;柳溪壹号=;泓景之家=",
        // two states' short names HanLP split, an idiom of 中心, the firm an amount is invested by, a builder's noun
        "两国电网的重要通道中老220千伏联网工程正式投产。|中老220千伏联网工程=",
        "部队以柳溪为中心建立了根据地。|",
        "这家计划投资80亿元的轮胎生产企业正抓紧封顶。|",
        "青川大桥的建设者坚守岗位。|",
        // ways of support listed before 等 are no projects; a ministry of public works is a body
        "当地通过贷款贴息、以奖代补等方式支持项目。|",
        "柳国公共工程和住房部部长表示，合作将继续。|",
        // institutions, a policy's zones and arms programmes are no works
        "青川中国文化中心举办了新春活动。|",
        "柳溪自由贸易试验区挂牌一周年。|",
        "有关国家暂停了导弹项目。|",
        // a result or a kind of greening named before a project is the story's word
        "合作的重要成果青川工业园项目正式开工。|青川工业园项目=",
        "青川两岸造林绿化、柳溪沿岸植树造林等十个项目全面完成。|",
    })
    void projectsOfOneSentence(String sentence, String expected) {
        Map<String, String> want = new TreeMap<>();
        if (expected != null) {
            for (String kv : expected.split(";")) {
                String[] p = kv.split("=", -1);
                want.put(p[0], p[1]);
            }
        }
        assertEquals(want, projects(sentence));
    }
}
