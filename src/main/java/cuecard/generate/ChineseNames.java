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
        com.hankcs.hanlp.dictionary.CoreDictionary.Attribute a = com.hankcs.hanlp.dictionary.CoreDictionary.get(w);
        if (a == null) {
            return false;
        }
        int name = 0;
        int other = 0;
        for (int i = 0; i < a.nature.length; i++) {
            if (a.nature[i].toString().startsWith("nr")) {
                name += a.frequency[i];
            } else {
                other += a.frequency[i];
            }
        }
        return other > name;
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
            for (Term t : seg.seg(text)) {
                String nature = t.nature == null ? "" : t.nature.toString();
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
