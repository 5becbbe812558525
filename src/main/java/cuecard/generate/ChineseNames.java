package cuecard.generate;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chinese people, organisations and places found by HanLP's segmenter on the simplified rendering of each
 * passage (the document's own script is kept: offsets map back one to one).
 */
final class ChineseNames {

    /** A name HanLP found. */
    record Found(FactKind kind, String key, Passage passage, int start, int end) {
    }

    private static final Set<String> STOP = Set.of("主持人", "董事会", "公司", "大家", "人们", "我们", "他们", "你们", "先生", "女士",
            "总统", "总裁", "首席", "创始人", "投资人", "那次", "这次", "一次", "同事", "朋友", "老板", "团队", "政府", "美国", "中国",
            "世界", "人类", "硅谷", "网络", "平台", "机构", "国际", "本科", "博客", "天哪", "哈哈", "于是", "日子");
    private static final String BAD_CHARS = "的了是在和我你他她它们这那就都也很说会要有没不把被里吧多人好天者";
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤柯常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝";
    private static final Set<String> ORG_SUFFIX = Set.of("资本", "資本", "集团", "集團", "银行", "銀行", "基金会", "基金會",
            "大学", "大學", "研究院", "实验室", "實驗室", "研究所", "奖", "天文馆", "博物馆", "图书馆", "美术馆",
            "电影节", "报社", "杂志社", "委员会", "学会");
    private static final Set<String> GENERIC_ORG = Set.of("风险", "風險", "投资", "投資", "创业", "創業", "产品", "產品", "研究",
            "科技", "技术", "技術", "国家", "國家", "商业", "商業", "人工", "智能", "中央", "私人", "公共", "社会", "社會");
    private static Segment segment;

    private ChineseNames() {
    }

    private static synchronized Segment segment() {
        if (segment == null) {
            HanLP.Config.ShowTermNature = true;
            segment = HanLP.newSegment().enableNameRecognize(true).enableTranslatedNameRecognize(true)
                    .enableOrganizationRecognize(false).enablePlaceRecognize(false).enableOffset(true)
                    .enableCustomDictionary(true);
        }
        return segment;
    }

    /** The words of a simplified text with their natures, as the name finder segments it. */
    static List<Term> words(String simplified) {
        return segment().seg(simplified);
    }

    /** How often HanLP's core dictionary saw the word (0 when it does not know it): a rare word is a term. */
    static int frequency(String simplified) {
        com.hankcs.hanlp.dictionary.CoreDictionary.Attribute a = com.hankcs.hanlp.dictionary.CoreDictionary.get(simplified);
        return a == null ? 0 : a.totalFrequency;
    }

    /** The simplified rendering, for analysis and for keys. */
    static String simplified(String text) {
        return HanLP.convertToSimplifiedChinese(text);
    }

    /** The simplified rendering of text in {@code language}: converted only when it is traditional. */
    static String simplified(String text, Language language) {
        return language == Language.ZH_HANT ? simplified(text) : text;
    }

    /** Whether the core dictionary knows the word mainly as something other than a name. */
    private static boolean commonWord(String w) {
        return commonWord(w, "nr");
    }

    /** Whether the core dictionary knows the word mainly as something other than a name of the given nature (nr, ns). */
    private static boolean commonWord(String w, String nature) {
        com.hankcs.hanlp.dictionary.CoreDictionary.Attribute a = com.hankcs.hanlp.dictionary.CoreDictionary.get(w);
        if (a == null) {
            return false;
        }
        int name = 0;
        int other = 0;
        for (int i = 0; i < a.nature.length; i++) {
            if (a.nature[i].toString().startsWith(nature)) {
                name += a.frequency[i];
            } else {
                other += a.frequency[i];
            }
        }
        return other > name;
    }

    private static final String NOT_NAME_START = "一二三四五六七八九十两兩几幾每某这這那该該此其各多诸諸全本";

    /** The natures of words that may stand inside an institution's name (国家空间天气监测预警中心, 国立政治大学). */
    private static final Set<String> ORG_PARTS = Set.of("n", "ns", "nsf", "nz", "nt", "ntu", "ntc", "nto", "nts", "nth", "ng", "vn", "b", "s", "nit", "nrf");
    /** The natures of a proper name: a company (公司) is named only with one (塔恩岛渡轮公司 is no name, 谷歌中国公司 is). */
    private static final Set<String> PROPER = Set.of("ns", "nsf", "nz", "nt", "ntu", "ntc", "nto", "nts", "nth", "nrf", "nx");

    /**
     * Where the institution ending at term {@code i} starts, or -1: a suffix HanLP marks as an institution's
     * (大学, 中心, 研究所, 出版社, nature {@code nis}) or an organisation word from {@link #ORG_SUFFIX}, after one to five
     * nouns, place names or attributes written together, four characters at least and sixteen at most.
     */
    private static int organisationStart(List<Term> terms, int i) {
        Term t = terms.get(i);
        String nature = t.nature == null ? "" : t.nature.toString();
        if (!nature.equals("nis") && !ORG_SUFFIX.contains(t.word)) {
            return -1;
        }
        int from = i;
        int length = t.word.length();
        while (from > 0 && i - from < 5) {
            Term b = terms.get(from - 1);
            String bn = b.nature == null ? "" : b.nature.toString();
            if (!ORG_PARTS.contains(bn) || b.offset + b.word.length() != terms.get(from).offset || length + b.word.length() > 16
                    || !b.word.chars().allMatch(c -> CleanText.han((char) c)) || STOP.contains(b.word)) {
                break;
            }
            from--;
            length += b.word.length();
        }
        while (from < i && (terms.get(from).word.length() == 1 || "vn".equals(String.valueOf(terms.get(from).nature))
                || NOT_NAME_START.indexOf(terms.get(from).word.charAt(0)) >= 0)) {
            length -= terms.get(from).word.length(); // no name starts with 原, a verb (经营), a count (一家, 几位) or a pointer
            from++;
        }
        boolean generic = true;
        for (int k = from; k < i; k++) {
            generic &= GENERIC_ORG.contains(terms.get(k).word);
        }
        boolean proper = false;
        for (int k = from; k < i; k++) {
            proper |= PROPER.contains(String.valueOf(terms.get(k).nature));
        }
        return from < i && !generic && length >= 4 && (proper || !t.word.endsWith("公司")) ? from : -1;
    }

    static List<Found> find(Document doc) {
        Segment seg = segment();
        List<Found> raw = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        for (Passage p : doc.passages()) {
            if (p.role() == Role.HEADING) {
                continue;
            }
            String text = doc.language() == Language.ZH_HANT ? simplified(p.text()) : p.text();
            if (text.length() != p.text().length()) {
                continue;
            }
            List<Term> terms = seg.seg(text);
            for (int ti = 0; ti < terms.size(); ti++) {
                Term t = terms.get(ti);
                String nature = t.nature == null ? "" : t.nature.toString();
                int from = organisationStart(terms, ti);
                if (from >= 0) {
                    Term first = terms.get(from);
                    String org = text.substring(first.offset, t.offset + t.word.length());
                    int orgEnd = t.offset + t.word.length();
                    raw.removeIf(f -> f.passage() == p && f.start() >= first.offset && f.end() <= orgEnd); // 北京 inside 北京天文馆
                    raw.add(new Found(FactKind.NAME, "name:" + org + "+", p, first.offset, orgEnd));
                    counts.merge(org, 1, Integer::sum);
                    continue;
                }
                FactKind kind = nature.startsWith("nr") ? FactKind.PERSON
                        : nature.equals("ntc") || nature.equals("ntu") || nature.equals("nts") || nature.equals("nth") ? FactKind.NAME
                        : nature.startsWith("ns") ? FactKind.PLACE : null;
                String w = t.word;
                if (kind == null || w.length() < 2 || w.length() > 8 || !w.chars().allMatch(c -> CleanText.han((char) c))
                        || STOP.contains(w) || w.chars().anyMatch(c -> BAD_CHARS.indexOf(c) >= 0 && (w.length() <= 2 || kind != FactKind.PERSON))) {
                    continue;
                }
                if (kind == FactKind.PERSON && !nature.equals("nrf") && (commonWord(w) || SURNAMES.indexOf(w.charAt(0)) < 0)) {
                    continue;
                }
                if (kind == FactKind.PLACE && commonWord(w, "ns")) {
                    continue; // 街道, 附近: words the dictionary knows mostly as common nouns
                }
                int start = t.offset;
                int end = start + w.length();
                if (end > text.length() || !text.substring(start, end).equals(w)) {
                    continue;
                }
                String strength = nature.equals("nrf") || nature.equals("ntc") || nature.equals("ntu") ? "+" : "";
                raw.add(new Found(kind, kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + w + strength, p, start, end));
                counts.merge(w, 1, Integer::sum);
            }
        }
        List<Found> out = new ArrayList<>();
        for (Found f : raw) {
            String key = f.key();
            boolean strong = key.endsWith("+");
            String word = key.substring(key.indexOf(':') + 1).replace("+", "");
            int needed = f.kind() == FactKind.PERSON ? (strong && word.length() > 2 ? 2 : 3) : strong ? 1 : 2;
            if (counts.get(word) >= needed) {
                out.add(new Found(f.kind(), f.kind().name().toLowerCase(java.util.Locale.ROOT) + ":" + word, f.passage(), f.start(), f.end()));
            }
        }
        return out;
    }
}
