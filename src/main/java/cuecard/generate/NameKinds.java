package cuecard.generate;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What sort of thing a name is, so that a choice card offers wrong options of the answer's own sort: a versioned
 * model or product (letters and a version number: {@code GPT-4}, {@code GPT-4o}, {@code o2}), an organisation
 * (a company, fund, lab or school), a product (an app, a model, a device), a show (a podcast, blog or programme),
 * or not known. People, places and titles have their own {@link FactKind}.
 *
 * <p>The sort of a {@link FactKind#NAME} is read, in this order, from: a digit in it (versioned); a short list of
 * well-known companies and products; a show word right before or after any mention (`博客X`, `X 播客`,
 * `X podcast`); an organisation word ending the name (`Capital`, `Labs`, `资本`, `集团`); and the first sort word
 * that follows a mention in its sentence, within 20 characters (40 in English), with no other name between (`Stripe，一个…的公司`, `名为Loop的…应用程序`),
 * the sort most mentions agree on. A name with none of these, or a tie, is not known.
 */
final class NameKinds {

    /** The sort of a name. */
    enum Sort {
        PERSON, PLACE, TITLE, VERSIONED, ORGANISATION, PRODUCT, SHOW, UNKNOWN;

        /** Whether names of this sort can be wrong options for one another. */
        boolean comparable() {
            return this != SHOW && this != UNKNOWN;
        }
    }

    private static final Set<String> KNOWN_ORGANISATIONS = Set.of("openai", "microsoft", "google", "apple", "meta",
            "amazon", "nvidia", "stripe", "uber", "airbnb", "tesla", "spacex", "anthropic", "salesforce", "twitter",
            "quora", "instacart", "sony", "facebook", "helion", "xai", "friendfeed", "reddit", "netflix", "oracle",
            "intel", "amd", "ibm", "deepmind", "y combinator", "yc", "sequoia", "a16z", "loopt", "微软", "微軟",
            "谷歌", "苹果", "蘋果", "英伟达", "輝達", "特斯拉", "亚马逊", "亞馬遜", "脸书", "臉書", "推特", "甲骨文");
    private static final Set<String> KNOWN_PRODUCTS = Set.of("chatgpt", "chatgtp", "sora", "zoom", "slack", "iphone",
            "ipad", "windows", "siri", "gemini", "claude", "copilot", "dall-e", "alexnet", "whisper", "codex");
    private static final Pattern SHOW_BEFORE = Pattern.compile("(?i)(博客|播客|节目|節目|频道|頻道|podcast|show|blog|channel)\\s*$");
    private static final Pattern SHOW_AFTER = Pattern.compile("(?i)^\\s*(博客|播客|节目|節目|频道|頻道|podcast|postcast|show\\b|blog\\b)");
    private static final Pattern ORG_END = Pattern.compile(
            "(?i)(\\b(capital|combinator|labs?|inc|corp|corporation|ventures|partners|group|holdings|bank|fund|university|college|institute|foundation)"
                    + "|资本|資本|集团|集團|银行|銀行|公司|基金|大学|大學|实验室|實驗室|研究院)$");
    private static final Pattern SORT_WORD = Pattern.compile("(?i)(公司|企业|企業|组织|組織|机构|機構|初创|初創|创业公司|創業公司|"
            + "\\bcompan(y|ies)\\b|\\bstartups?\\b|\\bfirms?\\b|\\borgani[sz]ations?\\b)"
            + "|(应用|應用|程序|程式|机器人|機器人|模型|设备|設備|软件|軟件|軟體|产品|產品|\\bapps?\\b|\\bchatbots?\\b|\\bmodels?\\b"
            + "|\\bdevices?\\b|\\bproducts?\\b|\\bsoftware\\b)");
    private static final int SORT_WINDOW_ZH = 20;
    private static final int SORT_WINDOW_EN = 40;

    private NameKinds() {
    }

    /** The sort of every fact key among {@code facts} (all the facts of the documents, not only the asked ones). */
    static Map<String, Sort> of(List<Fact> facts) {
        Map<String, int[]> votes = new HashMap<>();
        Map<String, Sort> out = new HashMap<>();
        for (Fact f : facts) {
            Sort fixed = fixed(f);
            if (fixed != null) {
                out.put(f.key(), fixed);
                continue;
            }
            int[] v = votes.computeIfAbsent(f.key(), k -> new int[3]);
            Sort s = mention(f, facts);
            if (s == Sort.SHOW) {
                v[2]++;
            } else if (s == Sort.ORGANISATION) {
                v[0]++;
            } else if (s == Sort.PRODUCT) {
                v[1]++;
            }
        }
        for (var e : votes.entrySet()) {
            int[] v = e.getValue();
            Sort s = v[2] > 0 ? Sort.SHOW : v[0] > v[1] ? Sort.ORGANISATION : v[1] > v[0] ? Sort.PRODUCT : Sort.UNKNOWN;
            out.putIfAbsent(e.getKey(), s);
        }
        return out;
    }

    /** The sort a fact has whatever its context says, or null when its mentions decide. */
    static Sort fixed(Fact f) {
        switch (f.kind()) {
            case PERSON:
                return Sort.PERSON;
            case PLACE:
                return Sort.PLACE;
            case TITLE:
                return Sort.TITLE;
            case NAME:
                break;
            default:
                return Sort.UNKNOWN;
        }
        String s = f.surface().strip();
        if (s.matches(".*\\p{L}.*") && s.matches(".*\\d.*")) {
            return Sort.VERSIONED;
        }
        String low = ChineseNames.simplified(s).toLowerCase(Locale.ROOT);
        String first = low.split("[\\s]+")[0];
        if (KNOWN_PRODUCTS.contains(low) || KNOWN_PRODUCTS.contains(first)) {
            return Sort.PRODUCT;
        }
        if (KNOWN_ORGANISATIONS.contains(low)) {
            return Sort.ORGANISATION;
        }
        return null;
    }

    /** What one mention says about its name: a show word beside it, an organisation word ending it, a sort word after it. */
    static Sort mention(Fact f, List<Fact> facts) {
        if (f.passage() == null) {
            return Sort.UNKNOWN;
        }
        String text = f.passage().text();
        if (SHOW_BEFORE.matcher(text.substring(Math.max(0, f.start() - 6), f.start())).find()
                || SHOW_AFTER.matcher(text.substring(f.end(), Math.min(text.length(), f.end() + 10))).find()) {
            return Sort.SHOW;
        }
        if (ORG_END.matcher(f.surface().strip()).find()) {
            return Sort.ORGANISATION;
        }
        int end = f.end();
        boolean han = text.codePoints().anyMatch(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN);
        int limit = Math.min(text.length(), end + (han ? SORT_WINDOW_ZH : SORT_WINDOW_EN));
        for (int i = end; i < limit; i++) {
            if ("。！？!?\n".indexOf(text.charAt(i)) >= 0) {
                limit = i;
                break;
            }
        }
        for (Fact o : facts) {
            if (o != f && o.passage() == f.passage() && o.start() >= end && o.start() < limit
                    && o.kind().named()) {
                limit = o.start(); // a sort word after another name is about that name
            }
        }
        Matcher m = SORT_WORD.matcher(text.substring(end, limit));
        if (m.find()) {
            return m.group(1) != null ? Sort.ORGANISATION : Sort.PRODUCT;
        }
        return Sort.UNKNOWN;
    }
}
