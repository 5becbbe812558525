package cuecard.generate;

import cuecard.deck.CardIds;
import cuecard.deck.ClozeText;
import cuecard.deck.Note;
import cuecard.deck.NoteInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes cards: finds the candidates of a document (facts in good clauses, interview turns), then writes one
 * card per candidate, choosing its type by what the fact allows (wrong options of the same kind, a value to
 * change) and deterministically by the fact's key.
 */
final class CardWriter {

    /** A written card with what ranks it. */
    record Written(String id, double score, Candidate from, Note note, Note flipped) {
        Written(String id, double score, Candidate from, Note note) {
            this(id, score, from, note, null);
        }

        /** This card with its true/false answer set to {@code truth} (the other rendering when it differs). */
        Written withTruth(boolean truth) {
            return note instanceof Note.TrueFalse tf && tf.answer() != truth && flipped != null
                    ? new Written(id, score, from, flipped, note) : this;
        }
    }

    private static final Pattern FIRST_PERSON_ZH = Pattern.compile("我");
    private static final Pattern FIRST_PERSON_EN = Pattern.compile("(?i)\\b(I|I'm|I've|I'd|me|my|we|our|us)\\b");
    private static final Pattern YOU_EN = Pattern.compile("(?i)\\byou(r|rs)?\\b");
    private static final Pattern PRONOUN_START = Pattern.compile("^(他们|他們|他|她|它|这|這|那|其|此|this|that|it|he|she|they|these|those)\\b?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HE_SHE = Pattern.compile("(他|她)(?![们們])|\\b(?i:he|she)\\b");
    private static final Pattern FILLER = Pattern.compile(
            "^(让我|讓我|嗯|哦|噢|好吧|好的|是的|对|對|当然|當然|不是|没有|沒有|哈哈|这里有几点|這裡有幾點|这有几点|(?i:well|yes|yeah|no|oh|sure|okay|ok|right|let me)(?![\\p{L}]))");
    /** A clause that ends inside something it does not name: `我已经完全沉浸其中了`. */
    private static final Pattern INSIDE_IT = Pattern.compile("其中[了啦\\s。！!]*$");
    private static final Pattern VAGUE = Pattern.compile("这样|這樣|那样|那樣|这些|這些|那些|这个|這個|那个|那個|(?i:\\b(this|that|these|those|it)\\b)");
    private static final Pattern CONTEXTLESS = Pattern.compile("^(那|这|這|所以|大概|大約|大约|然后|然後|那么|那麼|(?i:so|and|then|that|this|it)\\b)");
    private static final Pattern JOIN_AROUND = Pattern.compile("(\\p{IsHan}(?:}}|\\{\\{|____)?) +((?:}}|\\{\\{|____)?\\d)"
            + "|([\\d](?:}}|\\{\\{|____)?) +((?:}}|\\{\\{|____)?\\p{IsHan})");
    private static final Pattern MARKUP = Pattern.compile("[{}*_`#<>\\[\\]|]|https?://|www\\.");
    private static final int MAX_FRONT_ZH = 90;
    private static final int MAX_BACK_ZH = 70;
    private static final int MAX_FRONT_EN = 45;
    private static final int MAX_BACK_EN = 40;

    private CardWriter() {
    }

    static List<Candidate> candidates(Document doc, int docIndex, List<Fact> facts) {
        boolean chinese = doc.language().chinese();
        Map<String, Integer> mentions = new HashMap<>();
        for (Fact f : facts) {
            mentions.merge(f.key(), 1, Integer::sum);
        }
        List<Candidate> out = new ArrayList<>();
        Set<String> interviewee = intervieweeNames(doc);
        List<Passage> passages = doc.passages();
        Map<Passage, Integer> index = new java.util.IdentityHashMap<>();
        for (int i = 0; i < passages.size(); i++) {
            index.put(passages.get(i), i);
        }
        Map<String, Integer> words = latinWords(doc);
        for (Fact f : facts) {
            if (misspelt(f, words)) {
                continue; // "GTP-4o" where the documents write "GPT" elsewhere: never an answer or an option
            }
            Clause c0 = Clause.around(f.passage(), f.start(), f.end(), chinese);
            if (c0 == null) {
                continue;
            }
            Clause labelled = withLabel(c0, facts, chinese);
            if (selfUnheld(labelled.passage(), labelled.from(), labelled.to(), facts, chinese)) {
                Clause wide = widenLeft(labelled, chinese);
                if (wide == null || selfUnheld(wide.passage(), wide.from(), wide.to(), facts, chinese)) {
                    continue; // "当初会员卡定价199元是自己随手决定的": whose own decision stands outside the clause
                }
                labelled = wide;
            }
            Clause inside = insertAround(labelled, f, interviewee, chinese);
            Clause owned = ownerNamed(inside != null ? inside : labelled, f, facts, chinese);
            if (owned == null) {
                continue; // "董事会人数减少到____人", "在…前夕，这位CEO…": which board, which CEO, stands nowhere in the sentence
            }
            boolean bareStatement = BARE_STATEMENT.matcher(owned.text().strip()).find() && continues(owned.passage().text(), owned.to());
            Clause widened = bareStatement ? widenRight(owned, chinese) : owned;
            if (widened == null) {
                continue; // "____，她与他人一起发表声明": what the statement said is cut off and too long to take along
            }
            Clause c = withoutBeliefTail(widened, facts, chinese);
            String clause = c.text();
            String ptext = f.passage().text();
            boolean afterParen = f.start() > 0 && "（(".indexOf(ptext.charAt(f.start() - 1)) >= 0;
            boolean name = f.kind().named();
            if (afterParen && name) {
                continue;
            }
            if (f.kind() == FactKind.PERSON && ORG_AFTER_PERSON.matcher(ptext.substring(f.end())).lookingAt()) {
                continue; // "Greg Lee基金会", "the Greg Lee Foundation": a part of an organisation's name
            }
            if (name && trivialName(f, facts, interviewee)) {
                continue;
            }
            if (unclosedBefore(ptext, c.from(), f.start(), c.to()) || cutQuote(clause)) {
                continue;
            }
            String outside = squeeze(clause.substring(0, f.start() - c.from()) + " " + clause.substring(f.end() - c.from()));
            String bare = clause.replaceAll("[」』”\"’')）\\]\\s]+$", "");
            if (bare.endsWith("？") || bare.endsWith("?") || outside.contains(squeeze(f.surface()))
                    || MARKUP.matcher(clause).find()) {
                continue;
            }
            List<Fact> inClause = facts.stream().filter(o -> o.passage() == f.passage() && o.start() >= c.from() && o.end() <= c.to()).toList();
            String marked = marked(ptext, c, inClause);
            if (fragment(marked, chinese, continues(ptext, c.to()))) {
                continue; // only a date or place and an adverbial ("5月11号，在…访谈中"): no main clause to ask about
            }
            if (f.kind() == FactKind.COUNT && (c.to() < ptext.length() && "：:".indexOf(ptext.charAt(c.to())) >= 0
                    || COUNTED_LIST.matcher(ptext.substring(f.end())).lookingAt())) {
                continue; // "集中在____问题上：A、B和C": what is counted is listed after the colon, cut off
            }
            if (f.kind().numeric() && (inQuotedTitle(ptext, f) || hypothetical(ptext, c, f))) {
                continue; // "标题是【数日漫长，但____短暂】", "比如有些月份我可能要花____": no quantity to learn
            }
            if (f.kind().numeric() && contradictory(clause)) {
                continue; // "流量达到了一个接近零的峰值": a peak near zero says nothing checkable about its date or number
            }
            if (f.kind() == FactKind.DURATION && COUNTED_BACK.matcher(ptext.substring(0, f.start())).find()
                    && unnamed(outsideOf(c, f, chinese), f, inClause, chinese)) {
                continue; // "现在是回顾过去____的好时机": the past what, of whom, stands nowhere in the clause
            }
            if (banter(ptext, f)) {
                continue; // "每周都会用同一个会议链接……(笑)": a joke, not a fact to learn
            }
            if (orPaired(ptext, c, f)) {
                continue; // "50或____时", "10 hours or ____": the value beside it gives the answer away, or any near one would do
            }
            if (unheldPronoun(ptext, c, f, inClause, chinese)) {
                continue; // "五年前，它被设计为…", "书店开业的头两年，自己如何…": who or what is meant stands outside the clause
            }
            if (f.kind() == FactKind.COUNT && routineCount(ptext, c, f, inClause, chinese)) {
                continue; // "明天我有____关于计算资源的会议": a small count of the speaker's day, nothing named to learn
            }
            if (name && companyAtMeal(ptext, c, f, chinese)) {
                continue; // "昨晚我和____团队吃饭": the name is only the company of a meal, the clause says nothing about it
            }
            if (name && coordinatedOnly(ptext, c, f, inClause, chinese)) {
                continue; // "Stripe和____都是成功的科技公司": any name of the class would do
            }
            if (Clause.midThought(ptext, c.from(), f.start())) {
                continue; // opens mid-thought even with the clause before it: not answerable on its own
            }
            if (chinese && (VAGUE.matcher(outside).find() || INSIDE_IT.matcher(outside).find()) && inClause.stream().noneMatch(o -> o != f)) {
                continue; // "like this", "that one": the clause points elsewhere for what it says
            }
            boolean quoted = clause.contains("「") || clause.contains("“") || clause.contains("\"");
            if (f.passage().role() == Role.ANSWER && quoted && (chinese ? clause.contains("你") || clause.contains("您") : YOU_EN.matcher(clause).find())) {
                continue;
            }
            if (f.passage().role() == Role.QUESTION && (chinese ? clause.contains("你们") || clause.contains("你們")
                    || clause.indexOf('你') != clause.lastIndexOf('你') || clause.contains("，，")
                    || (clause.contains("你") || clause.contains("您")) && doc.interviewee() == null : YOU_EN.matcher(clause).find())) {
                continue;
            }
            double score = f.kind().weight();
            int n = mentions.get(f.key());
            if (f.kind() == FactKind.NAME && n >= 8) {
                continue;
            }
            if (name) {
                score += n >= 8 ? -5 : n >= 2 ? 1 : 0;
            } else if (n >= 2) {
                score += 1;
            }
            if (f.kind() == FactKind.PERSON && f.surface().matches(".*[ ·・].*")) {
                score += 1;
            }
            if (f.kind() == FactKind.COUNT && f.value() != null && f.value().compareTo(java.math.BigDecimal.TEN) < 0) {
                score -= 2;
            }
            // a clause cut before a belief tail is scored on the length it had: the cut only took noise away
            String scored = widened.text();
            int size = Clause.size(scored, 0, scored.length(), chinese);
            if (chinese ? size >= 12 && size <= 36 : size >= 8 && size <= 22) {
                score += 1;
            }
            String plainStart = clause.substring(0, Math.min(clause.length(), 4));
            if (PRONOUN_START.matcher(plainStart).find() && c.from() < f.start()) {
                score -= 2;
            }
            if (VAGUE.matcher(clause).find()) {
                score -= 1.5;
            }
            Role role = f.passage().role();
            score += role == Role.QUESTION ? -1 : role == Role.ANSWER ? 0 : 0.5;
            long facts2 = facts.stream().filter(o -> o != f && o.passage() == f.passage() && o.start() >= c.from() && o.end() <= c.to()).count();
            score += Math.min(1, facts2) * 0.5;
            if (f.kind() == FactKind.DATE && f.key().startsWith("date:--")) {
                score -= 2;
            }
            long order = (long) index.get(f.passage()) * 100_000 + f.start();
            String subject = null;
            java.util.regex.Matcher he = HE_SHE.matcher(clause);
            if (he.find() && he.start() <= 6 && he.start() < f.start() - c.from()) {
                Fact person = null;
                Set<String> people = new HashSet<>();
                int here = index.get(f.passage());
                for (Fact o : facts) {
                    int there = index.get(o.passage());
                    boolean before = there == here ? o.end() <= c.from() : there < here && there >= here - 2;
                    if (before && o.kind() == FactKind.PERSON && o.surface().length() > 2) {
                        person = o;
                        people.add(o.key());
                    }
                }
                if (people.size() > 1) {
                    person = null; // several people named before: "he" could be any of them
                }
                if (person != null && !person.key().equals(f.key())) {
                    subject = person.surface();
                    score += 2;
                } else {
                    continue; // "he" or "she" with nobody named before it
                }
            }
            if (subject == null) {
                java.util.regex.Matcher they = (chinese ? THEY_ZH : THEY_EN).matcher(clause);
                if (they.find() && they.start() <= (chinese ? 10 : 20) && they.start() < f.start() - c.from()
                        && inClause.stream().noneMatch(o -> o.start() < c.from() + they.start())) {
                    // "周日晚上他们突然宣布____是新任CEO": who "they" are is named before, "OpenAI董事会"
                    subject = groupBefore(passages, index.get(f.passage()), c.from(), facts, chinese);
                    if (subject != null) {
                        score += 1;
                    }
                }
            }
            out.add(new Candidate(f.key(), doc, docIndex, f, c, null, null, f.line(), order, score, subject));
        }
        out.addAll(turns(doc, docIndex));
        return out;
    }

    /** A day or week of the speaker's routine: today, last night, every Monday. */
    private static final Pattern ROUTINE_DAY = Pattern.compile("今天|昨天|明天|今晚|昨晚|明晚|今早|每天|每晚|每周|每週|每星期|"
            + "[这這本下上]周|[这這本下上]週|[周週][一二三四五六日]|星期[一二三四五六日天]|"
            + "(?i:\\b(today|tomorrow|yesterday|tonight|last night|this week|next week|every (day|week|morning|evening)|"
            + "(on |every )(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?)\\b)");
    /** Meetings, talks and meals: what a routine count counts or happens at. */
    private static final Pattern MEETING = Pattern.compile("会议|會議|会谈|會談|会面|會面|一对一|一對一|交流|开会|開會|见面|見面|"
            + "吃饭|吃飯|晚餐|午餐|早餐|通话|通話|(?i:\\b(meetings?|calls?|one-on-ones?|dinners?|lunch(es)?|breakfasts?|met)\\b)");
    private static final Pattern FIRST_PERSON = Pattern.compile("我|(?i:\\b(I|we|my|our|me|us)\\b)");

    /**
     * Whether a small count (under ten) is only a detail of the speaker's routine: a first-person clause about
     * meetings or talks on a day or week (`昨天和今天，我和六个工程师进行了一对一会谈`, `明天我有五场…会议`,
     * `Tomorrow I have 5 meetings about compute`) that names nothing beside the speaker. Such a count is not a
     * fact to learn; a duration (`每周一都有三小时的管理层会议`) is not a count and keeps its card.
     */
    static boolean routineCount(String text, Clause c, Fact f, List<Fact> inClause, boolean chinese) {
        if (f.value() == null || f.value().compareTo(java.math.BigDecimal.TEN) >= 0) {
            return false;
        }
        String clause = c.text();
        if (!FIRST_PERSON.matcher(clause).find() || !MEETING.matcher(clause).find()
                || inClause.stream().anyMatch(o -> o != f && (o.kind().named() || o.kind() == FactKind.TITLE))) {
            return false;
        }
        int sentenceStart = 0;
        for (int[] s : Sentences.split(text)) {
            if (s[0] <= c.from() && c.from() < s[1]) {
                sentenceStart = s[0];
                break;
            }
        }
        return ROUTINE_DAY.matcher(text.substring(sentenceStart, c.to())).find();
    }

    private static final Pattern WITH_BEFORE = Pattern.compile("(?:和|跟|与|與|同)\\s*$|(?i:\\bwith\\s+(the\\s+)?$)");
    private static final Pattern MEAL_AFTER = Pattern.compile("^\\s*(?:的)?(?:团队|團隊|的人|同事|组|組|小组|小組)?(?:一起|一块|一塊)?\\s*"
            + "(?:吃饭|吃飯|吃了饭|吃了飯|吃晚饭|吃晚飯|吃午饭|吃午飯|共进晚餐|共進晚餐|聚餐|开会|開會|开了会|開了會|见面|見面|见了面|見了面)"
            + "|(?i:^\\s*(team|folks|people)?\\s*(for|over)\\s+(dinner|lunch|breakfast|a meal|coffee|a meeting)\\b)");

    /**
     * Whether a name stands in a first-person anecdote only as the company of a meal or meeting
     * (`昨晚我和____团队吃饭`, `I had dinner with the ____ team`): the clause claims nothing about the name, so a
     * card on it asks for a word the sentence does not teach.
     */
    static boolean companyAtMeal(String text, Clause c, Fact f, boolean chinese) {
        String before = text.substring(c.from(), f.start());
        String after = text.substring(f.end(), c.to());
        if (!FIRST_PERSON.matcher(before).find()) {
            return false;
        }
        if (WITH_BEFORE.matcher(before).find() && MEAL_AFTER.matcher(after).find()) {
            return true;
        }
        return !chinese && Pattern.compile("(?i)\\b(had|have|ate|grabbed|having)\\s+(dinner|lunch|breakfast|a meal|coffee)\\s+with\\s+(the\\s+)?$")
                .matcher(before).find();
    }

    /** A tail that opens with a belief or hope and no subject of its own: `以为…`, `thinking…`. */
    private static final Pattern BELIEF_TAIL = Pattern.compile("^\\s*(?:原以为|原以為|本以为|本以為|以为|以為|认为|認為|觉得|覺得|希望|指望|"
            + "(?i:thinking|hoping|expecting|believing)\\b)");

    /**
     * The clause without a tail, after its last comma, that only says what someone believed or hoped
     * (`ChatGPT Pro定价200美元，以为能赚回成本`, `…at 200 dollars, thinking it would cover costs`) when the part before
     * holds the clause's facts, two or more of them: a belief with no subject is not a checkable fact, and the
     * part before says something checkable on its own.
     */
    static Clause withoutBeliefTail(Clause c, List<Fact> facts, boolean chinese) {
        String text = c.passage().text();
        int cut = -1;
        for (int i = c.to() - 1; i > c.from(); i--) {
            if ("，,；;".indexOf(text.charAt(i)) >= 0) {
                cut = i;
                break;
            }
        }
        if (cut < 0 || !BELIEF_TAIL.matcher(text.substring(cut + 1, c.to())).find()) {
            return c;
        }
        final int end = cut;
        long before = facts.stream().filter(o -> o.passage() == c.passage() && o.start() >= c.from() && o.end() <= end).count();
        boolean after = facts.stream().anyMatch(o -> o.passage() == c.passage() && o.end() > end && o.start() < c.to());
        if (before < 2 || after) {
            return c;
        }
        int to = end;
        while (to > c.from() && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return new Clause(c.passage(), c.from(), to);
    }

    /** A span counted back from now, right before a duration: `过去`, `最近`, `the past`, `the last`. */
    private static final Pattern COUNTED_BACK = Pattern.compile("(过去|過去|过去的|過去的|最近|近|这|這|(?i:\\b(the|these)\\s+(past|last)))\\s*$");

    private static final Pattern HIGHEST = Pattern.compile("峰值|高峰|顶峰|頂峰|新高|最高|纪录|紀錄|(?i:\\bpeak(ed)?\\b|\\brecord\\b|\\ball-time high\\b)");
    private static final Pattern NEAR_ZERO = Pattern.compile("接近零|接近于零|接近於零|几乎为零|幾乎為零|近乎零|趋近于零|趨近於零|"
            + "(?i:\\b(close to|near|nearly|almost|next to) zero\\b)");

    /**
     * Whether a clause contradicts itself about its quantity: a peak, a high or a record that is also near zero
     * (`达到了一个接近零的峰值`, `reached a peak close to zero`); a card cannot say which half to believe.
     */
    static boolean contradictory(String clause) {
        return HIGHEST.matcher(clause).find() && NEAR_ZERO.matcher(clause).find();
    }

    private static final Pattern THEY_ZH = Pattern.compile("他们|他們");
    private static final Pattern THEY_EN = Pattern.compile("\\b(they|They)\\b");
    private static final Pattern GROUP_ZH = Pattern.compile("董事会|董事會|管理层|管理層|委员会|委員會|理事会|理事會");
    private static final Pattern GROUP_EN = Pattern.compile("(?i)\\b(board|management|committee)\\b");
    private static final int GROUP_WINDOW = 400;

    /**
     * Who a clause's leading "他们"/"they" stands for: the group named last before it — in its paragraph or the one
     * before in the same turn, within a few hundred characters — a body such as 董事会/`the board`, with the organisation
     * named before that body ("OpenAI董事会", "OpenAI's board"), or else the organisation named last; null when none is.
     */
    static String groupBefore(List<Passage> passages, int here, int from, List<Fact> facts, boolean chinese) {
        Passage p = passages.get(here);
        List<Passage> scope = new ArrayList<>();
        if (here > 0 && passages.get(here - 1).turn() == p.turn() && passages.get(here - 1).role() == p.role()) {
            scope.add(passages.get(here - 1));
        }
        scope.add(p);
        String group = null;
        Passage groupIn = null;
        int groupAt = -1;
        Fact org = null;
        for (Passage q : scope) {
            String text = q == p ? q.text().substring(0, from) : q.text();
            int window = q == p ? Math.max(0, from - GROUP_WINDOW) : Math.max(0, text.length() - (GROUP_WINDOW - from));
            java.util.regex.Matcher m = (chinese ? GROUP_ZH : GROUP_EN).matcher(text);
            while (m.find()) {
                if (m.start() >= window) {
                    group = m.group();
                    groupIn = q;
                    groupAt = m.start();
                }
            }
        }
        org = lastOrganisation(scope, p, facts, groupIn == null || groupIn == p ? scope.size() - 1 : 0, groupIn == null ? from : groupAt);
        if (org == null && group != null) {
            org = lastOrganisation(scope, p, facts, scope.size() - 1, from); // "董事会的同意书…拆解OpenAI…。他们": named after the body
        }
        if (group == null) {
            return org == null ? null : org.surface();
        }
        if (org == null) {
            return chinese ? group : "the " + group.toLowerCase(Locale.ROOT);
        }
        return chinese ? org.surface() + group : org.surface() + "'s " + group.toLowerCase(Locale.ROOT);
    }

    /** The organisation named last in {@code scope} before offset {@code limitAt} of its passage number {@code limitIn}. */
    private static Fact lastOrganisation(List<Passage> scope, Passage p, List<Fact> facts, int limitIn, int limitAt) {
        Fact org = null;
        int bestIn = -1;
        int bestAt = -1;
        for (Fact o : facts) {
            int in = o.passage() == p ? scope.size() - 1 : scope.size() > 1 && o.passage() == scope.get(0) ? 0 : -1;
            if (in < 0 || in > limitIn || in == limitIn && o.end() > limitAt || in < bestIn || in == bestIn && o.start() < bestAt) {
                continue;
            }
            NameKinds.Sort sort = NameKinds.fixed(o);
            if (sort == NameKinds.Sort.ORGANISATION || o.kind() == FactKind.NAME && sort == null
                    && NameKinds.mention(o, facts) == NameKinds.Sort.ORGANISATION) {
                org = o;
                bestIn = in;
                bestAt = o.start();
            }
        }
        return org;
    }

    private static final Pattern LATIN_RUN = Pattern.compile("\\p{IsLatin}{3,}");

    /** The Latin-script words of a document (runs of three letters or more) with how often each occurs. */
    static Map<String, Integer> latinWords(Document doc) {
        Map<String, Integer> out = new HashMap<>();
        for (Passage p : doc.passages()) {
            java.util.regex.Matcher m = LATIN_RUN.matcher(p.text());
            while (m.find()) {
                out.merge(m.group(), 1, Integer::sum);
            }
        }
        return out;
    }

    /**
     * Whether a fact is spelt as a typo of a spelling its document uses more often: a Latin word in it is another,
     * more frequent word of the document with two neighbouring letters swapped (`GTP-4o` beside `GPT-4`,
     * `ChatGTP Pro` beside `ChatGPT`). Such a fact is neither asked about nor offered as a wrong option.
     */
    static boolean misspelt(Fact f, Map<String, Integer> words) {
        java.util.regex.Matcher m = LATIN_RUN.matcher(f.surface());
        while (m.find()) {
            String w = m.group();
            int n = words.getOrDefault(w, 0);
            for (var e : words.entrySet()) {
                if (e.getValue() > n && swapped(w, e.getKey())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether two words differ only by two neighbouring letters in swapped order (`GTP`, `GPT`). */
    static boolean swapped(String a, String b) {
        if (a.length() != b.length() || a.equals(b)) {
            return false;
        }
        int i = 0;
        while (a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && a.substring(i + 2).equals(b.substring(i + 2));
    }

    /** A part of a clause whose subject is only pointed at: `这位CEO`, `该公司`, `this CEO`. */
    private static final Pattern ZH_POINTED_SUBJECT = Pattern.compile("^(这位|這位|这名|這名|这家|這家|该|該|此)\\p{IsHan}");
    private static final Pattern EN_POINTED_SUBJECT = Pattern.compile("(?i)^(this|that) (ceo|man|woman|person|company|firm|startup|founder|executive|chief)\\b");

    /**
     * Whether a part of a marked clause (after a comma, or the whole) opens, after a leading time, with a subject
     * that is only pointed at (`这位全球最高关注度CEO`, `该公司`, `this CEO`): who is meant was named elsewhere.
     */
    static boolean pointedSubject(String marked, boolean chinese) {
        for (String seg : SEGMENT_CUT.split(marked)) {
            String body = LEADING_TIME.matcher(seg.strip()).replaceFirst("");
            body = Clause.LEADING.matcher(body).replaceFirst("");
            if ((chinese ? ZH_POINTED_SUBJECT.matcher(squeeze(body)) : EN_POINTED_SUBJECT.matcher(body)).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The clause, widened to the left within its sentence until it names who or what it is about, when its
     * subject needs an owner it does not name: a number, date or amount in a {@link #subjectless} clause, or any
     * fact in a clause whose subject is only {@link #pointedSubject pointed at}. Null (no card) when even the
     * sentence up to the clause names nothing, or the widened clause would be too long. Any other clause comes
     * back as it was.
     */
    static Clause ownerNamed(Clause c, Fact f, List<Fact> facts, boolean chinese) {
        String text = c.passage().text();
        String marked = marked(text, c, factsIn(c, facts));
        boolean numeric = !f.kind().named() && f.kind() != FactKind.TITLE;
        boolean pointed = pointedSubject(marked, chinese);
        if (!(numeric && subjectless(marked, chinese)) && !pointed) {
            return c;
        }
        Clause w = c;
        boolean crossed = pointed; // "这位CEO" was named sentences before, not in the one before it
        while (w != null && unnamed(outsideOf(w, f, chinese), f, factsIn(w, facts), chinese)) {
            Clause wider = widenLeft(w, chinese);
            if (wider == null && crossed) {
                return null; // one sentence before at most: further back is no longer the same statement
            }
            crossed |= wider == null;
            w = wider != null ? wider : withSentenceBefore(w, chinese);
        }
        return w;
    }

    /**
     * The clause with the whole sentence before it taken along, when the clause opens its sentence, that sentence
     * is no question and both stay within a clause's length (`…创立了蓝鲸海洋科技公司。公司的第一台样机花了____`); else null.
     */
    static Clause withSentenceBefore(Clause c, boolean chinese) {
        String text = c.passage().text();
        int[] previous = null;
        for (int[] s : Sentences.split(text)) {
            if (s[0] <= c.from() && c.from() < s[1]) {
                break;
            }
            previous = s;
        }
        if (previous == null || !c.startsSentence() || text.substring(previous[0], previous[1]).matches("(?s).*[?？].*")
                || Clause.size(text, previous[0], c.to(), chinese) > Clause.max(chinese)) {
            return null;
        }
        return new Clause(c.passage(), overSpace(text, previous[0], c.from()), c.to());
    }

    /** The facts inside a clause. */
    private static List<Fact> factsIn(Clause c, List<Fact> facts) {
        return facts.stream().filter(o -> o.passage() == c.passage() && o.start() >= c.from() && o.end() <= c.to()).toList();
    }

    /** The clause's text without the fact, and in English without the capital of its first word. */
    private static String outsideOf(Clause c, Fact f, boolean chinese) {
        String text = c.passage().text();
        String before = text.substring(c.from(), f.start());
        // an English sentence's capital is no name: "Scored", "The"
        return (chinese ? before : before.replaceAll("(^\\s*|[.!?]\\s+)\\p{IsLatin}+(?=\\s)", "$1")) + " " + text.substring(f.end(), c.to());
    }

    private static final Pattern TITLE_OPEN = Pattern.compile("[【「『《“]");
    private static final Pattern TITLE_CUE = Pattern.compile("标题|標題|题为|題為|题目|題目|名为|名為|叫做|(?i:titled|title|called|named)");

    /**
     * Whether a number stands inside a quoted title (`标题是【数日漫长，但十年短暫】`, `《三体》`, `a post titled "…"`):
     * it is a word of the title, not a quantity.
     */
    static boolean inQuotedTitle(String text, Fact f) {
        int open = -1;
        int straight = -1;
        int straightCount = 0;
        for (int i = f.start() - 1; i >= 0 && "。！？!?\n".indexOf(text.charAt(i)) < 0; i--) {
            char ch = text.charAt(i);
            if (ch == '"') {
                straight = straightCount++ == 0 ? i : straight;
                continue;
            }
            if ("】」』》”".indexOf(ch) >= 0) {
                break;
            }
            if (TITLE_OPEN.matcher(String.valueOf(ch)).matches()) {
                open = i;
                break;
            }
        }
        if (open < 0 && straightCount % 2 == 1) {
            open = straight; // an odd number of straight quotes before it: the last one opens a quote around it
        }
        if (open < 0) {
            return false;
        }
        return text.charAt(open) == '《' || TITLE_CUE.matcher(text.substring(Math.max(0, open - 8), open)).find();
    }

    private static final Pattern EXAMPLE = Pattern.compile("比如|例如|比方说|比方說|譬如|(?i:for example|for instance|\\bsay,)");
    private static final Pattern SUPPOSE = Pattern.compile("假设|假設|假如|(?i:\\bsuppose\\b|\\bimagine\\b)");
    private static final Pattern MODAL = Pattern.compile("可能|也许|也許|或许|或許|(?i:\\b(might|may|could|would)\\b)");

    /**
     * Whether a number is only an example or a supposition (`比如有些月份我可能需要花1000美元`, `say, one month I might
     * spend 1,000 dollars`, `假设…`): an example marker before it in the clause with a modal in the clause, or a
     * supposition before it.
     */
    static boolean hypothetical(String text, Clause c, Fact f) {
        int start = c.from();
        for (int[] sentence : Sentences.split(text)) {
            if (sentence[0] <= f.start() && f.start() < sentence[1]) {
                start = Math.min(start, sentence[0]);
            }
        }
        String before = text.substring(start, f.start());
        return EXAMPLE.matcher(before).find() && MODAL.matcher(text.substring(c.from(), c.to())).find()
                || SUPPOSE.matcher(before).find();
    }

    /** A clause's main part opening with a verb (no subject) or with a word that needs an owner it does not name. */
    private static final Pattern SUBJECTLESS_ZH = Pattern.compile("^(似乎|也|还|還|就|才|只|都)?(得分|得到|获得|獲得|达到|達到|使用|采用|採用|"
            + "有|还有|還有|共有|光是|设立|設立|推出|发布|發佈|發布|超过|超過|主办方|主辦方|对方|對方|官方|董事会|董事會|委员会|委員會|"
            + "公司|团队|團隊)");
    private static final Pattern SUBJECTLESS_EN = Pattern.compile("(?i)^(then\\s+)?(scored|reached|used|got|won|set up|launched|released|"
            + "there (is|are|was|were)|the (organi[sz]ers?|other side|officials?|board|company|team|committee))\\b");
    private static final Pattern LEADING_TIME = Pattern.compile("^((在|于|於|到了|到|从|從|自|(?i:in|on|by|since|after|before))?\\s*\u25a1\\s*"
            + "(前|后|後|以前|以后|以後|之前|之后|之後|时|時|起|左右|(?i:ago|later))?\\s*[，,]\\s*|(明天|今天|昨天|昨晚|今晚|后来|後來|当时|當時|现在|現在|去年|今年|明年)\\s*)");

    /**
     * Whether a marked clause (facts as {@link #FACT_MARK}) has no subject of its own: after a leading time
     * (`____前，`) or usage (`使用…时`) its main part opens with a verb (`得分达到`, `还有`, `scored`) or with a word
     * that needs an owner (`主办方`, `the organisers`).
     */
    static boolean subjectless(String marked, boolean chinese) {
        String body = marked.strip();
        body = LEADING_TIME.matcher(body).replaceFirst("");
        if (chinese) {
            body = squeeze(body);
            return SUBJECTLESS_ZH.matcher(body).find();
        }
        return SUBJECTLESS_EN.matcher(body).find();
    }

    /** What a count counts, listed after a colon right after it (`三个问题：`, `3 problems:`). */
    private static final Pattern COUNTED_LIST = Pattern.compile("\\s*(\\p{IsHan}{0,4}|\\p{IsLatin}{0,12})\\s*[：:]");
    private static final Pattern ANCHOR_LATIN = Pattern.compile("\\p{IsLatin}{2,}");
    private static final Set<String> GENERIC_LATIN = Set.of("ceo", "cto", "cfo", "coo", "ai", "gp", "arr", "vs", "ok");
    private static final Pattern ANCHOR_PERSON_ZH = Pattern.compile("我|你|您|他|她|咱");
    private static final Pattern ANCHOR_PERSON_EN = Pattern.compile("(?i)\\b(i|i'm|i've|we|you|he|she|my|our|his|her)\\b");

    /**
     * Whether a clause names nothing beside its tested fact (asked of a number, date or amount; a name is what its
     * own clause is about): no other name, title or place among its facts, no
     * Latin-script name (a role such as CEO or AI does not count), no person word (我/你/他, I/we/you/he) that a
     * speaker or a person named before stands for. Such a clause (`得分达到____，就算通过`, `____前，主办方设立了…`,
     * `Scored ____, which counts as a pass`) leaves out what it is about.
     */
    static boolean unnamed(String outside, Fact f, List<Fact> inClause, boolean chinese) {
        for (Fact o : inClause) {
            if (o != f && (o.kind().named() || o.kind() == FactKind.TITLE)) {
                return false;
            }
        }
        java.util.regex.Matcher m = ANCHOR_LATIN.matcher(outside);
        while (m.find()) {
            if (!GENERIC_LATIN.contains(m.group().toLowerCase(Locale.ROOT)) && (chinese || Character.isUpperCase(m.group().charAt(0)))) {
                return false;
            }
        }
        if (outside.contains("《") || outside.contains("「")) {
            return false;
        }
        return !(chinese ? ANCHOR_PERSON_ZH : ANCHOR_PERSON_EN).matcher(outside).find();
    }

    /** A stand-in for a fact in a clause given to {@link #fragment}. */
    static final char FACT_MARK = '\u25a1';
    private static final Pattern SEGMENT_CUT = Pattern.compile("[，,；;：:]");
    private static final Pattern ZH_PREPOSITION = Pattern.compile("^(在|于|於|当|當|自从|自從|从|從|截至|截止)");
    private static final Pattern ZH_BARE = Pattern.compile("^(在|于|於|自|从|從|到|截至|截止|至)?$");
    private static final Pattern ZH_LOCATIVE = Pattern.compile("(中|上|下|里|裡|内|內|时|時|期间|期間|之际|之際|前|后|後|前夕|以来|以來)$");
    private static final Pattern EN_PREPOSITION = Pattern.compile("(?i)^(in|on|at|during|after|before|since|from|by|around|about|within|without|with|over|throughout|until)\\b");
    private static final Pattern EN_BARE = Pattern.compile("(?i)^((in|on|at|by|from|since|until|around|the|of|early|late|mid)\\b\\s*)*$");
    private static final Pattern EN_VERB = Pattern.compile("(?i)\\b(i|he|she|we|they|it|is|was|are|were|be|been|has|had|have|do|did|does|will|would|can|could|"
            + "said|says|told|became|began|went|got|made|took|came|gave|found|left|ran|built|bought|sold|led|met|won|wrote|spent|saw|knew|"
            + "thought|grew|\\w{3,}ed)\\b");
    private static final Pattern COORDINATOR_BEFORE = Pattern.compile("(?i)(和|与|與|及|跟|、|以及|或者|或|\\band|\\bor|&)\\s*$");
    private static final Pattern COORDINATOR_AFTER = Pattern.compile("(?i)^\\s*(和|与|與|及|跟|、|以及|或者|或|and\\b|or\\b|&)");
    private static final Pattern BOTH_ARE = Pattern.compile("(?i)都是|都为|都為|均是|均为|均為|都属于|都屬於|都算是|等(?=\\p{IsHan})|"
            + "\\b(are|were) (both|all)\\b|\\bboth (are|were)\\b|\\band other\\b");

    private static final Pattern ZH_ACCORDING = Pattern.compile("^(根据|根據|依据|依據|按照)");
    private static final Pattern ZH_ACCORDING_END = Pattern.compile("(的\\p{IsHan}{1,4}|报道|報導|消息|显示|顯示)$");
    private static final Pattern ZH_AT_END = Pattern.compile("^.{1,16}?(?<!\\p{IsHan})在.+(中|上|里|裡|内|內|期间|期間)$");
    /** A topic phrase ("对于他为星河书店筹集这么多钱", "as for the money"): what is said about the topic stands elsewhere. */
    private static final Pattern ZH_TOPIC = Pattern.compile("^(对于|對於|关于|關於|至于|至於)");
    private static final Pattern ZH_TOPIC_SUBJECT = Pattern.compile("我|你|您|咱");
    private static final Pattern EN_TOPIC = Pattern.compile("(?i)^(as for|as to|regarding|concerning|about|with regard to|with respect to|when it comes to)\\b");
    private static final Pattern EN_TOPIC_SUBJECT = Pattern.compile("(?i)\\b(i|we|you)\\b");
    /** A part with no subject after only adverbials: its doer stands outside the clause (`…，就得到了`, `…, scored`). */
    private static final Pattern ZH_WITHOUT = Pattern.compile("^(无需|無需|无须|無須|不需要|不需|毋需|毋須)");
    private static final Pattern ZH_CONSEQUENCE = Pattern.compile("^(就|便|才)(?!是|像|算是)");
    private static final Pattern EN_CONSEQUENCE = Pattern.compile("(?i)^(then\\s+)?(\\w{3,}ed|got|won|made|took|reached|hit|scored)\\b");
    /** The last part of a clause that is only a time its sentence goes on about: `…，但到了2012年`, `but by 2012`. */
    private static final Pattern ZH_DANGLING = Pattern.compile("^(但是|但|而|可是|不过|不過)?(到了|直到|等到|到|在|于|於)?$");
    private static final Pattern EN_DANGLING = Pattern.compile("(?i)^((but|and|then)\\s+)?(by|in|until|on)?\\s*$");
    private static final Pattern ZH_SAID = Pattern.compile("(表示|说|說|称|稱|指出|透露|写道|寫道|认为|認為|提到|强调|強調)$");
    private static final Pattern EN_SAID = Pattern.compile("(?i)\\b(said|says|say|told|wrote|writes|added|noted|stated|argued)$");

    /** Whether the sentence goes on after {@code to} (a comma or colon follows, not the sentence's end). */
    static boolean continues(String text, int to) {
        int i = overSpace(text, to, text.length());
        return i < text.length() && "，,：:；;、".indexOf(text.charAt(i)) >= 0;
    }

    private static final Pattern LAUGHTER = Pattern.compile("[（(\\[【]\\s*(笑|大笑|笑声|笑聲|众笑|眾笑|(?i:laughs|laughter|laughing))\\s*[）)\\]】]");

    /** Whether the sentence of a fact is marked as a joke: `(笑)`, `（笑声）`, `(laughs)`, `[laughter]`. */
    static boolean banter(String text, Fact f) {
        for (int[] sentence : Sentences.split(text)) {
            if (sentence[0] <= f.start() && f.end() <= sentence[1]) {
                String tail = text.substring(sentence[1], Math.min(text.length(), sentence[1] + 12));
                return LAUGHTER.matcher(text.substring(sentence[0], sentence[1])).find()
                        || LAUGHTER.matcher(tail).lookingAt() || LAUGHTER.matcher(tail.stripLeading()).lookingAt();
            }
        }
        return false;
    }

    private static final Pattern OR_BEFORE = Pattern.compile("(?i)[0-9０-９一二三四五六七八九十百千万萬亿億两兩](?:[^，,。；;：:\\s]{0,3}|\\s*\\p{IsLatin}{1,12})\\s*(或者|或是|或|还是|還是|\\bor)\\s*$");
    private static final Pattern OR_AFTER = Pattern.compile("(?i)^[^，,。；;：:\\s]{0,2}\\s*(或者|或是|或|还是|還是|or\\b)\\s*[0-9０-９一二三四五六七八九十两兩]");

    /**
     * Whether an amount, count or duration is one of two values offered as alternatives (`50或60岁`, `10小时或5小时`,
     * `10 or 5 hours`): the other value stands in the prompt and any value near it would be as right.
     */
    static boolean orPaired(String text, Clause c, Fact f) {
        if (f.kind() != FactKind.COUNT && f.kind() != FactKind.DURATION && f.kind() != FactKind.MONEY
                && f.kind() != FactKind.PERCENT) {
            return false;
        }
        return OR_BEFORE.matcher(text.substring(c.from(), f.start())).find() || OR_AFTER.matcher(text.substring(f.end(), c.to())).find();
    }

    private static final Pattern ZH_PRONOUN_SEGMENT = Pattern.compile("^(它们|它們|它|其(?!他|中|实|實)|该|該)");
    private static final Pattern ORG_AFTER_PERSON = Pattern.compile("\\s*(基金会|基金會|研究所|研究院|研究中心|纪念馆|紀念館|奖学金|獎學金|(?i:foundation|institute|fund|memorial|prize|award)\\b)");
    /** Someone reports what follows: the one who says it is who 自己 stands for (`X在采访中透露，…自己…`). */
    private static final Pattern ZH_REPORTING = Pattern.compile("(透露|表示|曝出|爆出|坦言|承认|承認|回忆|回憶|说|說|称|稱)[，,：:]");
    private static final Pattern EN_REPORTING = Pattern.compile("(?i)\\b(said|told|admitted|recalled|revealed|explained)\\b");
    private static final Pattern ZH_SELF = Pattern.compile("自己|自已");
    private static final Pattern EN_PRONOUN_SEGMENT = Pattern.compile("(?i)^(it|they|its|their)\\b");
    private static final Pattern EN_SELF = Pattern.compile("(?i)\\b(himself|herself|themselves)\\b");
    /** 它 anywhere in a Chinese clause; "it" as an object after a preposition in English ("absorbed by it"). */
    private static final Pattern ZH_IT_ANYWHERE = Pattern.compile("它");
    private static final Pattern EN_IT_OBJECT = Pattern.compile("(?i)\\b(by|about|with|into)\\s+it\\b");
    private static final Pattern ZH_PERSON_WORD = Pattern.compile("我|你|您|他|她");
    private static final Pattern EN_PERSON_WORD = Pattern.compile("(?i)\\b(i|you|we|he|she)\\b");

    /**
     * Whether a part of the clause after a comma opens with a pronoun that nothing before it in the clause can
     * stand for: 它/其/it/they with only the tested fact before it (`五年前，它被设计为…`, `Five years ago, it was…`), or
     * 自己/himself with no person named or spoken of before it (`书店开业的头两年，自己如何管好门店`).
     */
    static boolean unheldPronoun(String text, Clause c, Fact f, List<Fact> inClause, boolean chinese) {
        java.util.regex.Matcher any = (chinese ? ZH_IT_ANYWHERE : EN_IT_OBJECT).matcher(text.substring(c.from(), c.to()));
        if (any.find()) {
            int at = c.from() + any.start();
            String before = text.substring(c.from(), at);
            boolean named = inClause.stream().anyMatch(o -> o.end() <= at && (o.kind().named() || o.kind() == FactKind.TITLE))
                    || (chinese ? before.matches("(?s).*\\p{IsLatin}{2,}.*") : before.replaceFirst("^\\s*\\S+", "").matches("(?s).*\\b\\p{Lu}\\p{L}+.*"));
            if (!named) {
                return true; // "到2018年，我完全被它迷住了": what "it" is stands outside the clause
            }
        }
        int pos = c.from();
        for (String seg : text.substring(c.from(), c.to()).split("(?<=[，,；;：:])", -1)) {
            int segStart = pos;
            pos += seg.length();
            if (segStart == c.from()) {
                continue; // the clause's first part: Clause.midThought looks at that
            }
            String head = seg.strip();
            String before = text.substring(c.from(), segStart);
            boolean it = (chinese ? ZH_PRONOUN_SEGMENT : EN_PRONOUN_SEGMENT).matcher(head).find();
            if (it) {
                boolean other = inClause.stream().anyMatch(o -> o != f && o.end() <= segStart);
                String rest = before.replace(text.substring(f.start(), f.end()), " ");
                boolean words = chinese ? rest.replaceAll("[\\p{P}\\s]|前|后|後|以前|以后|以後|之前|之后|之後|时|時|在|于|於|到|了", "").length() >= 3
                        : rest.replaceAll("(?i)[\\p{P}\\s]|\\b(in|on|at|by|ago|later|after|before|the|of)\\b", "").length() >= 3;
                if (!other && !words) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the text from {@code from} to {@code to} says 自己 (himself, herself) with no person named or spoken
     * of before it (`当初会员卡定价199元是自己随手决定的`, `the price was one he picked himself`... with no one before).
     */
    static boolean selfUnheld(Passage p, int from, int to, List<Fact> facts, boolean chinese) {
        String text = p.text();
        java.util.regex.Matcher m = (chinese ? ZH_SELF : EN_SELF).matcher(text.substring(from, to));
        if (!m.find()) {
            return false;
        }
        int at = from + m.start();
        String before = text.substring(from, at);
        boolean person = facts.stream().anyMatch(o -> o.passage() == p && o.kind() == FactKind.PERSON && o.start() >= from && o.end() <= at)
                || (chinese ? ZH_PERSON_WORD : EN_PERSON_WORD).matcher(before).find()
                || (chinese ? ZH_REPORTING : EN_REPORTING).matcher(before).find();
        return !person;
    }

    /** Where the text before {@code i} ends once the spaces just before {@code i} are passed over. */
    private static int backOverSpace(String text, int i) {
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** Where the text from {@code i} starts once the spaces there are passed over (not beyond {@code limit}). */
    private static int overSpace(String text, int i, int limit) {
        while (i < limit && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The clause with the part of its sentence before it (up to the previous comma or sentence start) taken along. */
    static Clause widenLeft(Clause c, boolean chinese) {
        String text = c.passage().text();
        int i = backOverSpace(text, c.from());
        if (i == 0 || "，,；;".indexOf(text.charAt(i - 1)) < 0) {
            return null;
        }
        int j = i - 1;
        while (j > 0 && "，,；;。！？!?\n".indexOf(text.charAt(j - 1)) < 0) {
            j--;
        }
        j = overSpace(text, j, i - 1);
        if (j >= i - 1 || Clause.size(text, j, c.to(), chinese) > Clause.max(chinese)) {
            return null;
        }
        return new Clause(c.passage(), j, c.to());
    }

    /** A clause that ends on a statement, speech or letter without saying what it was about: `发表声明`, `issued a statement`. */
    static final Pattern BARE_STATEMENT = Pattern.compile("(声明|聲明|公开信|公開信|讲话|講話|演讲|演講|呼吁|呼籲|"
            + "(?i:\\b(a|the|joint|public) (statement|open letter|letter|speech|appeal)))[。.]?$");

    /**
     * The clause with the part of its sentence after it taken along (up to the next comma or the sentence's end),
     * when the whole stays within a clause's length; else null.
     */
    static Clause widenRight(Clause c, boolean chinese) {
        String text = c.passage().text();
        int i = overSpace(text, c.to(), text.length());
        if (i >= text.length() || "，,；;".indexOf(text.charAt(i)) < 0) {
            return null;
        }
        int j = i + 1;
        while (j < text.length() && "，,；;。！？!?\n".indexOf(text.charAt(j)) < 0) {
            j++;
        }
        if (j < text.length() && "。！？!?".indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        if (j <= i + 1 || Clause.size(text, c.from(), j, chinese) > Clause.max(chinese)) {
            return null;
        }
        return new Clause(c.passage(), c.from(), j);
    }

    /**
     * The clause with its label taken along when it stands right after a name and a colon at the start of its
     * sentence (`Greg Lee（董事长）：前 Harbour Books 联席CEO`): without the name the description says nothing of whom.
     */
    static Clause withLabel(Clause c, List<Fact> facts, boolean chinese) {
        String text = c.passage().text();
        int i = backOverSpace(text, c.from());
        if (i == 0 || "：:".indexOf(text.charAt(i - 1)) < 0) {
            return c;
        }
        int colon = i - 1;
        for (Fact o : facts) {
            if (o.passage() != c.passage() || (o.kind() != FactKind.PERSON && o.kind() != FactKind.NAME)) {
                continue;
            }
            if (o.end() > colon || !text.substring(o.end(), colon).matches("\\s*([（(][^）)，,。]{1,12}[）)])?\\s*")) {
                continue;
            }
            String lead = text.substring(0, o.start());
            int sentenceStart = Math.max(Math.max(lead.lastIndexOf('。'), lead.lastIndexOf('\n')), Math.max(lead.lastIndexOf('.'), lead.lastIndexOf('；'))) + 1;
            if (!text.substring(sentenceStart, o.start()).isBlank()) {
                continue;
            }
            if (Clause.size(text, o.start(), c.to(), chinese) <= Clause.max(chinese)) {
                return new Clause(c.passage(), o.start(), c.to());
            }
        }
        return c;
    }

    /** A part of a marked clause with its {@link #FACT_MARK}s as spaces, stripped. */
    private static String unmarked(String part) {
        return part.replace(FACT_MARK, ' ').strip();
    }

    /** The clause's text with each fact inside it replaced by {@link #FACT_MARK}. */
    static String marked(String text, Clause c, List<Fact> inClause) {
        StringBuilder sb = new StringBuilder();
        int pos = c.from();
        for (Fact o : inClause.stream().sorted(Comparator.comparingInt(Fact::start)).toList()) {
            if (o.start() < pos) {
                continue;
            }
            sb.append(text, pos, o.start()).append(FACT_MARK);
            pos = o.end();
        }
        sb.append(text, pos, c.to());
        return sb.toString();
    }

    /**
     * Whether a clause (facts marked with {@link #FACT_MARK}) has no main clause: every part between commas is a
     * bare fact (with at most a preposition: `5月11号`, `在2023年`, `On May 11`) or an adverbial (Chinese: opens
     * with 在/于/当/从… and ends with 中/上/里/时/期间/前/后…; ends with a 在… phrase of place such as `英伟达 CEO
     * 在东京峰会上`, where 在 follows a space, a Latin name or a fact, not a Chinese verb as in 集中在; opens with 根据/按照 and ends with a noun after 的 or
     * with 报道/消息/显示; English: opens with a preposition and holds no subject pronoun or verb-like word). Also a
     * clause that ends with a verb of saying (表示, 说, said, told) while its sentence goes on after a comma or colon:
     * what was said is cut off.
     */
    static boolean fragment(String marked, boolean chinese, boolean continues) {
        String body = marked.strip().replaceAll("[。．.！!？?…」』”\"’')）\\]\\s]+$", "");
        if (body.isEmpty()) {
            return false;
        }
        String tail = unmarked(body);
        if (continues && (chinese ? ZH_SAID.matcher(squeeze(tail)).find() : EN_SAID.matcher(tail).find())) {
            return true; // "Helen Toner曾表示" with what she said cut off
        }
        String[] segs = SEGMENT_CUT.split(body);
        if (continues && segs.length > 1) {
            String last = segs[segs.length - 1];
            String lastBare = unmarked(last);
            if (last.indexOf(FACT_MARK) >= 0 && (chinese
                    ? ZH_DANGLING.matcher(squeeze(lastBare)).matches()
                    : EN_DANGLING.matcher(lastBare).matches())) {
                return true; // "…，但到了2012年" with what happened then cut off
            }
        }
        for (int k = 0; k < segs.length; k++) {
            boolean notLast = k < segs.length - 1;
            boolean later = k > 0;
            String bare = unmarked(segs[k]);
            if (chinese) {
                String squeezed = squeeze(bare);
                if (ZH_BARE.matcher(squeezed).matches()) {
                    continue;
                }
                if (later && ZH_CONSEQUENCE.matcher(squeezed).find()) {
                    continue; // "在没有任何准备的情况下，就得到了____的成绩": whose result stands elsewhere
                }
                if (notLast && ZH_WITHOUT.matcher(squeezed).find()) {
                    continue; // "无需任何准备，就得到了…": like 在…下, an adverbial before the main clause
                }
                if (ZH_TOPIC.matcher(squeezed).find() && !ZH_TOPIC_SUBJECT.matcher(squeezed).find()) {
                    continue; // "对于他为____从海外筹集到这么多钱": a topic, not a statement
                }
                if (ZH_PREPOSITION.matcher(squeezed).find() && ZH_LOCATIVE.matcher(squeezed).find()
                        || ZH_ACCORDING.matcher(squeezed).find() && ZH_ACCORDING_END.matcher(squeezed).find()
                        || ZH_AT_END.matcher(bare).matches()) {
                    continue;
                }
            } else {
                if (EN_BARE.matcher(bare).matches()) {
                    continue;
                }
                if (later && EN_CONSEQUENCE.matcher(bare).find()) {
                    continue; // "Without any tuning, scored ____": whose result stands elsewhere
                }
                if (EN_TOPIC.matcher(bare).find() && !EN_TOPIC_SUBJECT.matcher(bare).find()) {
                    continue; // "as for the money he raised for ____": a topic, not a statement
                }
                if (EN_PREPOSITION.matcher(bare).find() && !EN_VERB.matcher(bare).find()) {
                    continue;
                }
            }
            return false;
        }
        return true;
    }

    /**
     * Whether a name is asked about only as one of a coordinated pair said to be of a class (`Stripe和____都是成功的
     * 科技公司`, `Stripe and ____ are both ...`): the answer stands right next to 和/与/、/and, the clause says
     * 都是/均为/are both/are all, and no other fact follows that word; any name of the class would be right.
     */
    static boolean coordinatedOnly(String text, Clause c, Fact f, List<Fact> inClause, boolean chinese) {
        boolean joined = COORDINATOR_BEFORE.matcher(text.substring(c.from(), f.start())).find()
                || COORDINATOR_AFTER.matcher(text.substring(f.end(), c.to())).find();
        if (!joined) {
            return false;
        }
        java.util.regex.Matcher both = BOTH_ARE.matcher(text.substring(c.from(), c.to()));
        if (!both.find()) {
            return false;
        }
        int from = c.from() + both.end();
        return inClause.stream().noneMatch(o -> o != f && o.start() >= from);
    }

    private static final Set<String> GENERIC = Set.of("我们", "我們", "他们", "他們", "你们", "你們", "人们", "人們", "大家",
            "公司", "团队", "團隊", "董事会", "董事會", "世界", "人类", "人類", "政府", "we", "they", "people", "company", "team",
            "board", "world", "government");

    /**
     * Whether a name makes a trivial answer: a bare first name (the person's full name stands elsewhere in the
     * document, or it is one short word), the interviewee of the document's own interview, or a generic word.
     */
    static boolean trivialName(Fact f, List<Fact> facts, Set<String> interviewee) {
        String s = f.surface().strip();
        String n = norm(s);
        if (n.length() < 2 || GENERIC.contains(n.toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (f.kind() != FactKind.PERSON) {
            return false;
        }
        if (s.matches("[\\p{IsLatin}]+")) {
            return true;
        }
        for (Fact o : facts) {
            String os = o.surface().strip();
            if (o.kind() == FactKind.PERSON && os.length() > s.length() && os.matches("(?i)" + Pattern.quote(s) + "[ ·・].+")) {
                return true;
            }
        }
        String m = nameKey(s);
        return interviewee.stream().anyMatch(w -> m.contains(w) || w.contains(m));
    }

    /** A name as compared with the interviewee's: simplified, normalised, without spaces, in lower case. */
    private static String nameKey(String name) {
        return norm(ChineseNames.simplified(name)).toLowerCase(Locale.ROOT);
    }

    /** The interviewee's name as the document writes it, with what it gives in brackets after it ("奥特曼（Sam Altman）"). */
    static Set<String> intervieweeNames(Document doc) {
        Set<String> out = new HashSet<>();
        String who = doc.interviewee();
        if (who == null || who.isBlank()) {
            return out;
        }
        out.add(nameKey(who));
        Pattern alias = Pattern.compile(Pattern.quote(who.strip()) + "\\s*[（(]([^）)，,。0-9]{2,30})[）)]");
        for (Passage p : doc.passages()) {
            var m = alias.matcher(p.text());
            while (m.find()) {
                out.add(nameKey(m.group(1)));
            }
        }
        return out;
    }

    /** Whether the clause opens a quote or title bracket it does not close (it was cut inside a quoted title). */
    static boolean cutQuote(String clause) {
        String pairs = "【】「」『』《》“”";
        for (int k = 0; k < pairs.length(); k += 2) {
            int depth = 0;
            for (int i = 0; i < clause.length(); i++) {
                char ch = clause.charAt(i);
                if (ch == pairs.charAt(k)) {
                    depth++;
                } else if (ch == pairs.charAt(k + 1) && depth > 0) {
                    depth--;
                }
            }
            if (depth > 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether an opening bracket between {@code from} and {@code at} is not closed before {@code to}. */
    private static boolean unclosedBefore(String text, int from, int at, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if ((ch == '（' || ch == '(') && i < at) {
                depth++;
            } else if ((ch == '）' || ch == ')') && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    /** Interview turns: the interviewer's question, and the gist of the answer (its first sentence or two). */
    private static List<Candidate> turns(Document doc, int docIndex) {
        boolean chinese = doc.language().chinese();
        List<Candidate> out = new ArrayList<>();
        List<Passage> ps = doc.passages();
        for (int i = 0; i + 1 < ps.size(); i++) {
            Passage q = ps.get(i);
            Passage a = ps.get(i + 1);
            if (q.role() != Role.QUESTION || a.role() != Role.ANSWER || a.turn() != q.turn()) {
                continue;
            }
            String front = question(q.text(), chinese);
            if (front != null && CONTEXTLESS.matcher(front).find() && Clause.size(front, 0, front.length(), chinese) < (chinese ? 16 : 9)) {
                continue;
            }
            Set<String> names = answerer(a, doc);
            Gist g = front == null ? null : gist(a, chinese, names, front);
            if (front == null || g == null || MARKUP.matcher(front + g.text()).find()) {
                continue;
            }
            String back = g.text();
            int line = g.line();
            String key = "gist:" + hash(CardIds.normalise(ChineseNames.simplified(front, doc.language())));
            double score = 6 + (Clause.size(back, 0, back.length(), chinese) >= (chinese ? 14 : 8) ? 1 : 0);
            out.add(new Candidate(key, doc, docIndex, null, null, front, back, line, (long) i * 100_000, score, null));
        }
        return out;
    }

    private static String question(String text, boolean chinese) {
        List<int[]> sentences = Sentences.split(text);
        int max = chinese ? MAX_FRONT_ZH : MAX_FRONT_EN;
        int lastQ = -1;
        for (int i = 0; i < sentences.size(); i++) {
            String s = text.substring(sentences.get(i)[0], sentences.get(i)[1]);
            if (s.endsWith("？") || s.endsWith("?")) {
                lastQ = i;
            }
        }
        if (lastQ < 0) {
            return null;
        }
        int from = sentences.get(lastQ)[0];
        int to = sentences.get(lastQ)[1];
        for (int i = lastQ - 1; i >= 0; i--) {
            if (Clause.size(text, sentences.get(i)[0], to, chinese) > max) {
                break;
            }
            from = sentences.get(i)[0];
        }
        int first = 0;
        while (first < sentences.size() && sentences.get(first)[1] <= from) {
            first++;
        }
        boolean moved = false;
        while (first < lastQ && pointsBack(text.substring(sentences.get(first)[0], sentences.get(first)[1]))) {
            first++; // "他们对此感到极度恐惧。": who "they" are was said before the question's first sentence
            moved = true;
        }
        from = sentences.get(first)[0];
        String front = text.substring(from, to).strip();
        var lead = Clause.LEADING.matcher(front);
        if (moved && lead.find() && lead.end() > 0 && lead.end() < front.length()) {
            front = front.substring(lead.end()); // "然而，OpenAI…" once the sentence before is left out
        }
        if (Clause.size(text, from, to, chinese) > max || chinese && to - from > MAX_FRONT_ZH || pointsBack(front)) {
            return null;
        }
        return Units.joinDigits(front);
    }

    /** A question's opening that points back at what was said before it: 他们, 这, 那次, it, they, this... */
    private static final Pattern POINTS_BACK = Pattern.compile("^(他们|他們|她们|她們|它们|它們|它|这(?!里|儿)|這(?!裡|裏|兒)|"
            + "那(?!么|麼|时|時|里|裡|裏|儿|兒)|此|该|該|(?i:they|it|this|that|these|those)\\b)");

    /** Whether a question sentence opens, after a connective, with a word that points back ({@link #POINTS_BACK}). */
    static boolean pointsBack(String sentence) {
        String s = sentence.strip();
        var lead = Clause.LEADING.matcher(s);
        if (lead.find() && lead.end() > 0) {
            s = s.substring(lead.end());
        }
        return POINTS_BACK.matcher(s).find();
    }

    /** The names an answer's editor's inserts may give its speaker by. */
    private static Set<String> answerer(Passage a, Document doc) {
        Set<String> names = new HashSet<>();
        for (String n : new String[] {a.speaker(), doc.interviewee()}) {
            if (n != null && n.strip().length() >= 2) {
                names.add(n.strip());
            }
        }
        return names;
    }

    /**
     * A turn's card when a fact card in {@code cards} is made from the sentence its gist was taken from (its back
     * would show that card's answer): written again with the best other sentence of the answer that qualifies as a
     * gist, or null (no card) when none does. Any other card comes back as it was.
     */
    static Written apartFromFacts(Written w, List<Written> cards) {
        Candidate c = w.from();
        if (c.fact() != null || !(w.note() instanceof Note.Basic old)) {
            return w;
        }
        List<Passage> ps = c.doc().passages();
        int answer = (int) (c.order() / 100_000) + 1; // a turn's order is its question's index times 100,000
        if (answer >= ps.size()) {
            return w;
        }
        Passage a = ps.get(answer);
        List<int[]> taken = new ArrayList<>();
        for (Written o : cards) {
            Clause cl = o.from().clause();
            if (o.from().fact() != null && cl != null && cl.passage() == a) {
                taken.add(new int[] {cl.from(), cl.to()});
            }
        }
        if (taken.isEmpty()) {
            return w;
        }
        boolean chinese = c.doc().language().chinese();
        Set<String> names = answerer(a, c.doc());
        Gist g = gist(a, chinese, names, c.front());
        if (g == null || !g.text().equals(c.back()) || taken.stream().noneMatch(r -> r[0] < g.to() && g.from() < r[1])) {
            return w;
        }
        Gist other = gist(a, chinese, names, c.front(), taken);
        if (other == null || MARKUP.matcher(c.front() + other.text()).find()) {
            return null;
        }
        Candidate moved = new Candidate(c.key(), c.doc(), c.docIndex(), null, null, c.front(), other.text(), other.line(),
                c.order(), c.score(), null);
        NoteInfo info = old.info();
        Note note = new Note.Basic(Generator.info(w.id(), info.tags(), c.doc().ref(), other.line(), info.explanation()),
                old.front(), other.text(), old.reverse());
        return new Written(w.id(), w.score(), moved, note);
    }

    /** The sentence of an answer that carries its point, the source line it stands on, and where it is in the text. */
    record Gist(String text, int line, double score, int from, int to) {
    }

    private static final Pattern HEDGE = Pattern.compile(
            "^(这里有|這裡有|这有|這有|有几点|有幾點|首先|肯定有|当然有|當然有|我不知道|我不確定|我不确定|这是个好问题|這是個好問題|好问题|好問題|比这更|比這更|"
            + "实际情况比|實際情況比|说实话|說實話|老实说|老實說|(?i:good question|there are a few|first of all|i don't know|it's worse)\\b)");
    /** A bare interjection opening a sentence (`好吧，`, `Well,`): left out of a gist, it says nothing. */
    private static final Pattern INTERJECTION = Pattern.compile("^((嗯|哦|噢|好吧|哈哈|(?i:well|oh|okay|ok))[，,]|但是|但(?![是凡])|不过|不過|(?i:but\\b))\\s*(?=\\S)");
    private static final Pattern CHECKABLE = Pattern.compile("\\d|[\\p{IsLatin}]{2,}|[一二三四五六七八九十两兩][个個年月天周週岁歲位名家次场場小时時分]");
    private static final Pattern CLAIM = Pattern.compile("我认为|我認為|我觉得|我覺得|我相信|关键|關鍵|最重要|原因|因为|因為|"
            + "(?i:\\b(i think|i believe|the key|because|the reason|most important)\\b)");

    private static final Pattern BRACKETED = Pattern.compile("\\s*[（(]([^（()）]{4,})[）)]");

    /**
     * The text without the editor's inserts that speak of the answerer in the third person, such as
     * `我当时还有一份工作（2014年，林晓成为星河书店的店长）`: they are not what the answerer said.
     */
    static String withoutInserts(String text, Set<String> answerer) {
        if (answerer.isEmpty()) {
            return text;
        }
        java.util.regex.Matcher m = BRACKETED.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String inside = m.group(1);
            boolean insert = answerer.stream().anyMatch(inside::contains);
            m.appendReplacement(sb, insert ? "" : java.util.regex.Matcher.quoteReplacement(m.group()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * The editor's insert in brackets that holds the fact and names the answerer in the third person
     * (`我当时还有一份工作（2014年，林晓成为星河书店的店长）`), as the clause to ask about, or null:
     * the insert is the editor's statement, not the answerer's.
     */
    static Clause insertAround(Clause c, Fact f, Set<String> interviewee, boolean chinese) {
        String text = c.passage().text();
        int open = Math.max(text.lastIndexOf('（', f.start()), text.lastIndexOf('(', f.start()));
        if (open < c.from() || open < 0) {
            return null;
        }
        int close = -1;
        for (int i = f.end(); i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '）' || ch == ')') {
                close = i;
                break;
            }
            if (ch == '（' || ch == '(') {
                return null;
            }
        }
        if (close < 0 || close > c.to() || text.substring(open + 1, f.start()).matches("(?s).*[）)].*")) {
            return null;
        }
        String content = text.substring(open + 1, close);
        String simple = nameKey(content);
        boolean names = interviewee.stream().anyMatch(w -> w.length() >= 2 && simple.contains(w));
        if (!names || Clause.size(text, open + 1, close, chinese) < (chinese ? 10 : 6)) {
            return null;
        }
        return new Clause(c.passage(), open + 1, close);
    }

    /** Function characters that carry no topic: a pair of Han characters holding one is no content word. */
    private static final String FUNCTION_HAN = "的了是我你您们們他她它这這那在和与與跟有也都就会會吗嗎呢吧啊么麼什怎如何个個一不没沒很还還要能可"
            + "以把被对對为為从從到说說想让讓些之而且但所果时時候现現已经經过過地着著自己于於将將去来來上下中里裏多少哪样樣事情些吗嘛呀么又再才"
            + "啦哦嗯其此每各该該当當最更太非常种種位次";
    private static final Set<String> STOP_EN = Set.of("the", "and", "but", "for", "you", "your", "yours", "are", "was", "were", "what",
            "when", "where", "which", "who", "whom", "why", "how", "that", "this", "these", "those", "there", "their", "them", "they",
            "have", "has", "had", "did", "does", "doing", "done", "with", "about", "from", "into", "out", "not", "any", "all", "can",
            "could", "would", "should", "will", "just", "like", "now", "then", "than", "some", "many", "much", "more", "most", "very",
            "really", "think", "know", "get", "got", "one", "its", "our", "ours", "we", "his", "her", "him", "she", "say", "said",
            "way", "thing", "things", "lot", "well", "also", "been", "being", "because", "time", "make", "made", "company",
            "people", "question", "feel", "remember", "happen", "happened", "going", "want", "need", "today");
    /** Pairs too common in any talk to show that an answer is about the question (simplified). */
    private static final Set<String> GENERIC_HAN = Set.of("公司", "问题", "东西", "人们", "大家", "觉得", "认为", "知道", "感觉",
            "时间", "时刻", "方面", "情况", "可能", "应该", "需要", "真的", "记得", "发生", "今天", "做法", "看法", "想法", "意思",
            "工作", "世界", "所有", "任何", "一些", "这样", "事件", "具体", "确实");
    private static final Pattern LATIN_WORD = Pattern.compile("[\\p{IsLatin}][\\p{IsLatin}\\d'-]*|\\d+");

    /**
     * The words that carry a text's topic: pairs of Han characters with no function character in them, Latin words
     * (cut to five letters, so "release" and "released" meet), leaving out words common in any talk and numbers (a
     * number shared by chance, such as a date in the question's preamble, says nothing); all simplified.
     */
    static Set<String> contentWords(String text) {
        String t = ChineseNames.simplified(text).toLowerCase(Locale.ROOT);
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < t.length(); i++) {
            char x = t.charAt(i);
            char y = t.charAt(i + 1);
            if (Character.UnicodeScript.of(x) == Character.UnicodeScript.HAN && Character.UnicodeScript.of(y) == Character.UnicodeScript.HAN
                    && FUNCTION_HAN.indexOf(x) < 0 && FUNCTION_HAN.indexOf(y) < 0 && !GENERIC_HAN.contains(t.substring(i, i + 2))) {
                out.add(t.substring(i, i + 2));
            }
        }
        java.util.regex.Matcher m = LATIN_WORD.matcher(t);
        while (m.find()) {
            String w = m.group();
            if (w.length() >= 2 && !STOP_EN.contains(w) && !Character.isDigit(w.charAt(0))) {
                out.add(w.length() > 5 ? w.substring(0, 5) : w);
            }
        }
        return out;
    }

    /** {@link #contentWords} and the pairs of Han characters with one function character in them (`买下`, `停了`). */
    static Set<String> looseWords(String text) {
        Set<String> out = contentWords(text);
        String t = ChineseNames.simplified(text);
        for (int i = 0; i + 1 < t.length(); i++) {
            char x = t.charAt(i);
            char y = t.charAt(i + 1);
            if (Character.UnicodeScript.of(x) == Character.UnicodeScript.HAN && Character.UnicodeScript.of(y) == Character.UnicodeScript.HAN
                    && (FUNCTION_HAN.indexOf(x) < 0 || FUNCTION_HAN.indexOf(y) < 0)) {
                out.add(t.substring(i, i + 2));
            }
        }
        return out;
    }

    private static final Pattern ASKS_COUNT = Pattern.compile("多少|几个|幾個|几位|幾位|几次|幾次|(?i:\\bhow (many|much)\\b)");
    private static final Pattern ASKS_TIME_SPENT = Pattern.compile("多少时间|多少時間|多长时间|多長時間|(?i:\\bhow much time\\b|\\bhow long\\b)");
    private static final Pattern GIVES_TIME_SPENT = Pattern.compile("\\d|小时|小時|分钟|分鐘|天|周|週|一半|大部分|大部份|百分|"
            + "(?i:\\b(hours?|minutes?|days?|weeks?|half|most|percent)\\b)");
    private static final Pattern ASKS_WHEN = Pattern.compile("什么时候|什麼時候|什么时刻|什麼時刻|哪一刻|那一刻|何时|何時|哪一年|哪年|什么时间|什麼時間|时间框架|時間框架|(?i:\\bwhen\\b|\\bwhat year\\b|\\bhow soon\\b)");
    private static final Pattern ASKS_WHERE = Pattern.compile("哪里|哪裡|哪裏|哪儿|哪兒|在哪|什么地方|什麼地方|(?i:\\bwhere\\b)");
    private static final Pattern ASKS_RANK = Pattern.compile("排序|排个序|排個序|排名|(?i:\\brank)");
    private static final Pattern GIVES_COUNT = Pattern.compile("\\d|[一二三四五六七八九十两兩半百千万萬亿億几幾]|所有|全部|都是|没有|沒有|"
            + "(?i:\\b(all|none|every|half|most|no|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens?|hundreds?|thousands?|millions?|billions?)\\b)");
    private static final Pattern GIVES_WHEN = Pattern.compile("\\d|年|月|日|天|周|週|时候|時候|之前|之后|之後|以前|以后|以後|很快|马上|馬上|不久|"
            + "(?i:\\b(soon|years?|months?|weeks?|days?|ago|before|after|never|today|tomorrow|yesterday|january|february|march|april|may|june|july|august|september|october|november|december)\\b)");
    private static final Pattern GIVES_WHERE = Pattern.compile("在|于|於|(?i:\\b(in|at|from)\\b)");
    private static final Pattern GIVES_RANK = Pattern.compile("最|第一|首先|其次|排在|(?i:\\b(first|second|most|top|biggest|least)\\b)");

    /**
     * Whether a sentence answers the question: it shares a content word with it (see {@link #contentWords}), and
     * when the question asks how much time, how many, when, where or for a ranking, it holds a duration, an
     * amount, a time, a place or an order.
     */
    static boolean answers(String question, String sentence) {
        Set<String> shared = new HashSet<>(contentWords(question));
        shared.retainAll(contentWords(sentence));
        if (shared.isEmpty()) {
            return false;
        }
        List<int[]> qs = Sentences.split(question);
        String last = qs.isEmpty() ? question : question.substring(qs.get(qs.size() - 1)[0], qs.get(qs.size() - 1)[1]);
        return !(ASKS_TIME_SPENT.matcher(last).find() && !GIVES_TIME_SPENT.matcher(sentence).find()
                || ASKS_COUNT.matcher(last).find() && !GIVES_COUNT.matcher(sentence).find()
                || ASKS_WHEN.matcher(last).find() && !GIVES_WHEN.matcher(sentence).find()
                || ASKS_WHERE.matcher(last).find() && !GIVES_WHERE.matcher(sentence).find()
                || ASKS_RANK.matcher(last).find() && !GIVES_RANK.matcher(sentence).find());
    }

    /**
     * The gist of an answer: of its first sentences, the one that carries the point (a fact, a clear claim), not
     * filler, a hedge or a sentence that points elsewhere ("like this"); null when none does. Editor's inserts that
     * name the answerer ({@code answerer}) are left out; for the question {@code question} (null: any question) only
     * a sentence that {@link #answers} it can be the gist.
     */
    static Gist gist(Passage a, boolean chinese, Set<String> answerer, String question) {
        return gist(a, chinese, answerer, question, List.of());
    }

    /**
     * {@link #gist(Passage, boolean, Set, String)}, passing over every sentence that overlaps one of {@code taken}
     * (character ranges of the answer's text that a fact card may be made from), so that a turn's back does not show
     * a fact card's answer; if no other sentence qualifies, no gist.
     */
    static Gist gist(Passage a, boolean chinese, Set<String> answerer, String question, List<int[]> taken) {
        String text = a.text();
        List<int[]> sentences = Sentences.split(text);
        int max = chinese ? MAX_BACK_ZH : MAX_BACK_EN;
        Gist best = null;
        for (int k = 0; k < Math.min(6, sentences.size()); k++) {
            int to = sentences.get(k)[1];
            int from = overSpace(text, sentences.get(k)[0], to);
            if (from >= to || a.lineAt(from) != a.lineAt(to - 1)) {
                continue;
            }
            int sFrom = from;
            int sTo = to;
            if (taken.stream().anyMatch(r -> r[0] < sTo && sFrom < r[1])) {
                continue;
            }
            to = completed(a, sentences, k, to, chinese);
            if (Clause.size(text, from, to, chinese) > max) {
                int cut = -1;
                for (int i = from; i < to; i++) {
                    if ("，；,;".indexOf(text.charAt(i)) >= 0 && Clause.size(text, from, i, chinese) <= max) {
                        cut = i;
                    }
                }
                if (cut < 0) {
                    continue;
                }
                to = cut;
            }
            String back = withoutInserts(text.substring(from, to), answerer).strip().replaceAll("[，,；;：:、]$", "");
            back = INTERJECTION.matcher(back).replaceFirst("");
            int size = Clause.size(back, 0, back.length(), chinese);
            if (size < (chinese ? 8 : 5) || back.contains("？") || back.contains("?") || MARKUP.matcher(back).find()
                    || question != null && !answers(question, back)) {
                continue;
            }
            double score = -0.6 * k;
            if (FILLER.matcher(back).find() || HEDGE.matcher(back).find() || HEDGE.matcher(OPINION.matcher(back).replaceFirst("")).find()) {
                score -= 3;
            }
            boolean reply = k == 0 && back.matches("^(是|就是|(?i:it was|it's|it is)\\b).*"); // "是我的导师…" answers the question
            if (VAGUE.matcher(back).find() || CONTEXTLESS.matcher(back).find() || !reply && Clause.MID_THOUGHT.matcher(back).find()) {
                score -= 2.5;
            }
            if (CHECKABLE.matcher(back).find()) {
                score += 2;
            }
            if (CLAIM.matcher(back).find()) {
                score += 1;
            }
            if (chinese ? size >= 12 && size <= 40 : size >= 6 && size <= 25) {
                score += 1;
            }
            if (best == null || score > best.score()) {
                best = new Gist(Units.joinDigits(back), a.lineAt(from), score, sFrom, sTo);
            }
        }
        return best != null && best.score() >= 0 ? best : null;
    }

    /** The short answers a card asks for: each deletion, the right option, the typed answer, a statement's value; none for a turn. */
    static List<String> answersOf(Written w) {
        Note n = w.note();
        if (n instanceof Note.Cloze c) {
            return ClozeText.deletions(c.text()).stream().map(ClozeText.Deletion::answer).toList();
        } else if (n instanceof Note.Choice c) {
            return List.of(c.answer());
        } else if (n instanceof Note.Typed t) {
            return List.of(t.answer());
        } else if (n instanceof Note.TrueFalse && w.from().fact() != null) {
            return List.of(w.from().fact().surface());
        }
        return List.of();
    }

    /** Whether card {@code a} shows, before it is answered, one of the answers card {@code b} asks for. */
    static boolean showsAnswerOf(Written a, Written b) {
        String prompt = squeeze(a.note().identityText());
        return answersOf(b).stream().anyMatch(x -> prompt.contains(squeeze(x)));
    }

    /** Whether the sentences two cards are made from share a content word (see {@link #contentWords}) beside their numbers. */
    static boolean sameTopic(Written a, Written b) {
        Set<String> shared = new HashSet<>(contentWords(withoutValues(sourceText(a))));
        shared.retainAll(contentWords(withoutValues(sourceText(b))));
        return !shared.isEmpty();
    }

    private static final Pattern VALUE = Pattern.compile("[0-9０-９.,，一二三四五六七八九十百千万萬亿億两兩]+\\s*(美元|美金|元|亿|億|万|萬|年|月|日|号|號|天|周|週|"
            + "个|個|位|名|次|场|場|小时|小時|分钟|分鐘|岁|歲|%)*");

    /** The text without its numbers and their units (`20美元`), which say nothing of its topic. */
    private static String withoutValues(String text) {
        return VALUE.matcher(text).replaceAll(" ");
    }

    /** The text a card is made from: its clause, or a turn's question. */
    private static String sourceText(Written w) {
        return w.from().clause() != null ? w.from().clause().text() : w.from().front();
    }

    private static final Pattern NUMERAL = Pattern.compile("[0-9０-９一二三四五六七八九十百千万萬亿億两兩]");
    private static final Pattern LATIN_LETTER = Pattern.compile("\\p{IsLatin}");

    /**
     * Whether card {@code a} shows a number, date or amount that card {@code b} asks for (`柯曼回顧了那轟轟烈烈的四天…`
     * beside `柯曼回顧了那次矚目的____逼宮事件`), standing as a whole value (`20美元`, not inside `120美元`).
     */
    static boolean showsNumberOf(Written a, Written b) {
        return showsNumberOf(Shown.of(a), Shown.of(b));
    }

    /**
     * What {@link #showsNumberOf} needs of a card, worked out once: its squeezed prompt, the values among its
     * answers (squeezed) and the content words of the text it is made from. Comparing every card with every
     * better-ranked one then costs no text work per pair.
     */
    record Shown(String prompt, List<String> values, List<String> answers, Set<String> answerWords, Set<String> topic, Set<String> words) {
        static Shown of(Written w) {
            List<String> values = new ArrayList<>();
            List<String> answers = new ArrayList<>();
            Set<String> answerWords = new HashSet<>();
            for (String x : answersOf(w)) {
                String v = squeeze(x);
                answers.add(v);
                answerWords.addAll(contentWords(x));
                if (NUMERAL.matcher(v).find() && !LATIN_LETTER.matcher(v).find()) {
                    values.add(v); // a name such as GPT-4 is no value
                }
            }
            String source = withoutValues(sourceText(w));
            return new Shown(squeeze(w.note().identityText()), values, answers, answerWords, contentWords(source), looseWords(source));
        }
    }

    /**
     * Whether two cards ask the same fact in both directions, each prompt showing the other's answer, on the same
     * topic (`____ 买下了 Twitter…` beside `…Elon Musk 买下了 {{Twitter}}`): each gives the other away.
     */
    static boolean askedBothWays(Shown a, Shown b) {
        return a.answers().stream().anyMatch(x -> !x.isEmpty() && b.prompt().contains(x))
                && b.answers().stream().anyMatch(x -> !x.isEmpty() && a.prompt().contains(x))
                && sharedBeyondAnswers(a, b);
    }

    /**
     * Whether two cards' texts share a word that is not one of their answers (a name both mention is no topic): a
     * {@linkplain #contentWords content word} or a pair of Han characters with one function character (`买下`).
     */
    private static boolean sharedBeyondAnswers(Shown a, Shown b) {
        Set<String> shared = new HashSet<>(a.words());
        shared.retainAll(b.words());
        shared.removeAll(a.answerWords());
        shared.removeAll(b.answerWords());
        return !shared.isEmpty();
    }

    /** {@link #showsNumberOf(Written, Written)} over cards already {@linkplain Shown worked out}. */
    static boolean showsNumberOf(Shown a, Shown b) {
        String prompt = a.prompt();
        for (String v : b.values()) {
            for (int at = prompt.indexOf(v); at >= 0; at = prompt.indexOf(v, at + 1)) {
                if (at == 0 || !isNumeral(prompt.charAt(at - 1)) && prompt.charAt(at - 1) != '.') {
                    // "从2022年11月到2023年11月的这一年…" gives nothing away about when the board acted: same topic only
                    return !java.util.Collections.disjoint(a.topic(), b.topic());
                }
            }
        }
        return false;
    }

    /** Whether a character is one {@link #NUMERAL} matches. */
    private static boolean isNumeral(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９' || "一二三四五六七八九十百千万萬亿億两兩".indexOf(c) >= 0;
    }

    /** A sentence that draws the conclusion of the one before it: `所以都是…`, `So all of them…`. */
    private static final Pattern CONCLUSION = Pattern.compile("^(所以|因此|因而|于是|於是|(?i:so|therefore)\\b)");
    /** An opening "I think," before what is said: `我认为，首先我要回答的是…` is a hedge all the same. */
    private static final Pattern OPINION = Pattern.compile("^(我认为|我認為|我觉得|我覺得|我想|(?i:i think|i guess))[，,]\\s*");

    /**
     * Where the gist that ends at {@code to} (sentence {@code k} of the answer) ends once the next sentence is taken
     * along when it draws its conclusion (`我们只有一个非营利董事会。所以都是非营利董事会成员。`): without it the back
     * answers only half the question. Only on the same source line and within a back's length.
     */
    static int completed(Passage a, List<int[]> sentences, int k, int to, boolean chinese) {
        if (k + 1 >= sentences.size()) {
            return to;
        }
        String text = a.text();
        int nextFrom = overSpace(text, sentences.get(k + 1)[0], sentences.get(k + 1)[1]);
        int nextTo = sentences.get(k + 1)[1];
        if (nextFrom >= nextTo || a.lineAt(nextFrom) != a.lineAt(to - 1) || a.lineAt(nextTo - 1) != a.lineAt(to - 1)
                || !CONCLUSION.matcher(text.substring(nextFrom, nextTo)).find() || VAGUE.matcher(text.substring(nextFrom, nextTo)).find()
                || Clause.size(text, nextFrom, nextTo, chinese) > (chinese ? 24 : 15)
                || Clause.size(text, sentences.get(k)[0], nextTo, chinese) > (chinese ? MAX_BACK_ZH : MAX_BACK_EN)) {
            return to;
        }
        return nextTo;
    }

    /** Whether two candidates from different documents state the same fact (so they make one card). */
    static boolean sameFact(Candidate a, Candidate b) {
        if (a.fact() == null || b.fact() == null) {
            return false;
        }
        FactKind k = a.fact().kind();
        if (k == FactKind.DATE && !a.key().startsWith("date:--") || k == FactKind.MONEY || k == FactKind.PERCENT || k == FactKind.TITLE) {
            return true;
        }
        return overlap(ChineseNames.simplified(a.clause().text(), a.doc().language()),
                ChineseNames.simplified(b.clause().text(), b.doc().language())) >= 0.25;
    }

    private static double overlap(String a, String b) {
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        return both.size() / (double) Math.min(x.size(), y.size());
    }

    private static Set<String> bigrams(String s) {
        String t = squeeze(s).toLowerCase(Locale.ROOT);
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < t.length(); i++) {
            out.add(t.substring(i, i + 2));
        }
        return out;
    }

    static Written write(Candidate c, List<Candidate> also, Map<FactKind, List<Fact>> pool, Map<String, NameKinds.Sort> sorts,
                         Wording wording, Set<String> ids) {
        String id = uniqueId(idFor(c), c, ids);
        String explanation = null;
        for (Candidate o : also) {
            explanation = wording.join(explanation, wording.alsoIn(o.doc().ref(), o.line()));
        }
        double score = c.score() + (also.isEmpty() ? 0 : 2);
        String ref = c.doc().ref();
        if (c.fact() == null) {
            String speaker = speakerName(c.doc(), null);
            Note note = new Note.Basic(Generator.info(id, List.of("interview"), ref, c.line(), explanation),
                    wording.asked(speaker, c.front()), c.back(), false);
            return new Written(id, score, c, note);
        }
        Fact f = c.fact();
        List<String> tags = List.of(f.kind().name().toLowerCase(Locale.ROOT));
        long h = seed(c.key());
        String answer = f.surface();
        List<String> distractors = distractors(c, pool, sorts, h);
        String unit = ageUnit(f);
        String blank = Wording.BLANK;
        String clozed = "{{" + answer + "}}";
        if (unit != null) {
            // "我明年就____了" does not say an age is asked: the unit stays outside the blank ("我明年就____岁了")
            String bare = answer.substring(0, answer.length() - unit.length());
            blank = Wording.BLANK + unit;
            clozed = "{{" + bare + "}}" + unit;
        }
        List<String> options = unit == null ? distractors
                : distractors.stream().map(d -> d.endsWith(unit) ? d.substring(0, d.length() - unit.length()) : d).toList();
        int roll = (int) Math.floorMod(h, 10L);
        String kind;
        if (f.kind().numeric()) {
            kind = roll < 4 ? "cloze" : roll < 6 ? "choice" : roll < 9 ? "truefalse" : "typed";
        } else {
            kind = roll < 6 ? "choice" : roll < 9 || answer.length() > 12 ? "cloze" : "typed";
        }
        if (kind.equals("choice") && distractors.size() < 3) {
            kind = answer.length() <= 10 && roll % 2 == 0 ? "typed" : "cloze";
        }
        if (kind.equals("truefalse") && (distractors.isEmpty() || !statementWorthy(c) || !anchored(c))) {
            // a statement must be able to be true (something checkable beside its value): the deck sets which are
            kind = distractors.size() >= 3 ? "choice" : "cloze";
        }
        Note note;
        switch (kind) {
            case "choice" -> note = new Note.Choice(Generator.info(id, tags, ref, c.line(), explanation),
                    render(c, wording, blank), unit == null ? answer : answer.substring(0, answer.length() - unit.length()),
                    options.subList(0, 3));
            case "typed" -> {
                List<String> accept = new ArrayList<>();
                note = new Note.Typed(Generator.info(id, tags, ref, c.line(), explanation), render(c, wording, blank),
                        unit == null ? answer : answer.substring(0, answer.length() - unit.length()), accept);
            }
            case "truefalse" -> {
                // half the statements are false with a changed value; a true one must carry context beside its fact
                boolean truth = Math.floorMod(h / 10, 2L) == 0;
                NoteInfo info = Generator.info(id, tags, ref, c.line(), wording.join(wording.keyFact(answer), explanation));
                note = new Note.TrueFalse(info, render(c, wording, truth ? answer : distractors.get(0)), truth);
                Note other = new Note.TrueFalse(info, render(c, wording, truth ? distractors.get(0) : answer), !truth);
                return new Written(id, score, c, note, other);
            }
            default -> note = new Note.Cloze(Generator.info(id, tags, ref, c.line(), explanation),
                    render(c, wording, clozed));
        }
        return new Written(id, score, c, note);
    }

    /**
     * Whether a clause makes a true/false statement: a whole sentence's opening (not a fragment that leans on what
     * came before) with enough words beside its fact to say what the value is about.
     */
    static boolean statementWorthy(Candidate c) {
        Clause cl = c.clause();
        boolean chinese = c.doc().language().chinese();
        String text = cl.passage().text();
        int beside = Clause.size(text, cl.from(), cl.to(), chinese) - Clause.size(text, c.fact().start(), c.fact().end(), chinese);
        return c.fact().kind().numeric() && cl.passage().role() != Role.QUESTION && cl.startsSentence()
                && beside >= (chinese ? 10 : 5);
    }

    /**
     * Whether a statement holds something checkable beside the fact it tests (another number or date, a name),
     * so that a true statement is not merely a copied line (who said it does not count).
     */
    static boolean anchored(Candidate c) {
        Clause cl = c.clause();
        String outside = cl.passage().text().substring(cl.from(), c.fact().start()) + " "
                + cl.passage().text().substring(c.fact().end(), cl.to());
        return outside.matches("(?s).*(\\d|[\\p{IsLatin}]{2,}|[一二三四五六七八九十两兩百千万萬亿億]+[个個年月日天周週岁歲位名家次场場小时時分亿億万萬]).*");
    }

    /** The clause with the fact replaced by {@code replacement}, the speaker named when the clause says "I". */
    static String render(Candidate c, Wording wording, String replacement) {
        return render(c, wording, List.of(c.fact()), List.of(replacement));
    }

    /** The clause with each of {@code facts} (in text order, inside the clause) replaced by its replacement. */
    static String render(Candidate c, Wording wording, List<Fact> facts, List<String> replacements) {
        Clause cl = c.clause();
        String text = cl.passage().text();
        boolean chinese = c.doc().language().chinese();
        List<String> segments = new ArrayList<>();
        int pos = cl.from();
        for (Fact f : facts) {
            segments.add(segment(text, pos, f.start()));
            pos = f.end();
        }
        segments.add(segment(text, pos, cl.to()));
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            String before = segments.get(i);
            String after = segments.get(i + 1);
            if (chinese) {
                if (f.surface().matches("^\\d.*") && before.matches(".*\\p{IsHan} $")) {
                    before = before.substring(0, before.length() - 1);
                }
                if (after.matches("^ \\p{IsHan}.*") && (f.surface().matches(".*\\d$") || f.kind().numeric())) {
                    after = after.substring(1);
                }
            }
            after = after.replaceFirst("^\\s*[（(][^）)]{1,40}[）)]", "");
            if (i == 0) {
                before = before.replaceFirst("[（(][^）)]{1,40}[）)]\\s*$", "");
            }
            segments.set(i, before);
            segments.set(i + 1, after);
        }
        if (c.subject() != null) {
            java.util.regex.Matcher he = HE_SHE.matcher(segments.get(0));
            java.util.regex.Matcher they = (chinese ? THEY_ZH : THEY_EN).matcher(segments.get(0));
            if (he.find() && he.start() <= 6 && !segments.get(0).substring(0, he.start()).contains(c.subject())) {
                segments.set(0, segments.get(0).substring(0, he.start()) + c.subject() + segments.get(0).substring(he.end()));
            } else if (they.find() && they.start() <= (chinese ? 10 : 20) && !segments.get(0).substring(0, they.start()).contains(c.subject())) {
                segments.set(0, segments.get(0).substring(0, they.start()) + c.subject() + segments.get(0).substring(they.end()));
            }
        }
        StringBuilder sb = new StringBuilder(segments.get(0));
        for (int i = 0; i < facts.size(); i++) {
            sb.append(replacements.get(i)).append(segments.get(i + 1));
        }
        String body = balance(sb.toString());
        if (chinese) {
            body = JOIN_AROUND.matcher(Units.joinDigits(body)).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                    m.group(1) != null ? m.group(1) + m.group(2) : m.group(3) + m.group(4)));
        }
        Passage p = cl.passage();
        String speaker = speakerName(c.doc(), p.speaker());
        String whole = String.join("", segments);
        if (p.role() == Role.ANSWER && speaker != null
                && (chinese ? FIRST_PERSON_ZH.matcher(whole).find() : FIRST_PERSON_EN.matcher(whole).find())) {
            body = wording.speaker(speaker, body);
        } else if (p.role() == Role.QUESTION && chinese && speaker(c.doc()) != null && whole.indexOf('你') == whole.lastIndexOf('你')) {
            body = body.replace("您", speaker(c.doc())).replace("你", speaker(c.doc()));
        }
        return wording.end(body);
    }

    private static String segment(String text, int from, int to) {
        return Units.joinDigits(text.substring(from, to).replace("{", "").replace("}", ""));
    }

    /**
     * One cloze about several facts of one clause (a deletion each), written for the facts a clause's best card
     * did not ask about; null when fewer than one fact is left.
     */
    static Written clozeOf(Written lead, List<Candidate> facts, Wording wording, boolean includeLead, Set<Candidate> used) {
        List<Candidate> chosen = new ArrayList<>();
        if (includeLead) {
            chosen.add(lead.from());
        }
        Clause lc = lead.from().clause();
        boolean chinese = lead.from().doc().language().chinese();
        int max = Clause.max(chinese);
        int from = includeLead ? lc.from() : -1;
        int to = includeLead ? lc.to() : -1;
        Set<String> seen = new HashSet<>();
        for (Candidate c : chosen) {
            seen.add(norm(c.fact().surface()));
        }
        List<Candidate> byScore = new ArrayList<>(facts);
        byScore.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparingLong(Candidate::order));
        for (Candidate c : byScore) {
            Fact f = c.fact();
            Clause cc = c.clause();
            int line = includeLead ? lead.from().line() : chosen.isEmpty() ? f.line() : chosen.get(0).line();
            if (cc.passage() != lc.passage() || c.score() < 4 || chosen.size() >= 3 || f.line() != line) {
                continue;
            }
            int nf = from < 0 ? cc.from() : Math.min(from, cc.from());
            int nt = to < 0 ? cc.to() : Math.max(to, cc.to());
            boolean overlaps = chosen.stream().anyMatch(o -> o.fact().start() < f.end() && f.start() < o.fact().end());
            if (Clause.size(lc.passage().text(), nf, nt, chinese) > max || overlaps || !seen.add(norm(f.surface()))) {
                continue;
            }
            chosen.add(c);
            from = nf;
            to = nt;
        }
        if (chosen.size() < (includeLead ? 2 : 1)) {
            return null;
        }
        Clause cl = new Clause(lc.passage(), from, to);
        chosen.sort(Comparator.comparingInt((Candidate c) -> c.fact().start()));
        used.addAll(chosen);
        List<Fact> fs = chosen.stream().map(Candidate::fact).toList();
        List<String> replacements = fs.stream().map(CardWriter::clozed).toList();
        Candidate first = includeLead ? lead.from() : chosen.stream().max(Comparator.comparingDouble(Candidate::score)).orElseThrow();
        Candidate context = new Candidate(first.key(), first.doc(), first.docIndex(), first.fact(), cl, null, null, first.line(),
                first.order(), first.score(), lead.from().subject());
        String text = render(context, wording, fs, replacements);
        for (Fact f : fs) {
            if (squeeze(ClozeText.masked(text)).contains(squeeze(f.surface()))) {
                return null;
            }
        }
        List<String> tags = fs.stream().map(f -> f.kind().name().toLowerCase(Locale.ROOT)).distinct().sorted().toList();
        var info = lead.note().info();
        String id = includeLead ? lead.id() : idFor(first);
        Note note = new Note.Cloze(new cuecard.deck.NoteInfo(id, tags, info.source(), includeLead ? info.explanation() : null,
                info.location()), text);
        double score = (includeLead ? lead.score() : first.score()) + fs.size() - 1;
        return new Written(id, score, includeLead ? lead.from() : first, note);
    }

    private static final Pattern AGE = Pattern.compile("^(.*\\d)\\s*(岁|歲|(?i: years old| year-old))$");

    /**
     * The unit of an age ("岁", "歲", " years old") that a card keeps outside its blank so that the prompt says an
     * age is asked ("我明年就____岁了", not "我明年就____了"), or null when the fact is no age written in digits.
     */
    static String ageUnit(Fact f) {
        if (f.kind() != FactKind.COUNT) {
            return null;
        }
        java.util.regex.Matcher m = AGE.matcher(f.surface());
        return m.matches() ? f.surface().substring(m.end(1)) : null;
    }

    /** A fact as a cloze deletion: an age's unit stays outside it ("{{40}}岁"). */
    static String clozed(Fact f) {
        String unit = ageUnit(f);
        return unit == null ? "{{" + f.surface() + "}}"
                : "{{" + f.surface().substring(0, f.surface().length() - unit.length()) + "}}" + unit;
    }

    /** The same cloze under another id, made from its source and text so that it stays stable. */
    static Written renamed(Written w) {
        Note.Cloze c = (Note.Cloze) w.note();
        var info = c.info();
        String id = w.id() + "-" + hash(w.from().doc().ref() + "|" + w.from().key() + "|" + c.text()).substring(0, 6);
        Note note = new Note.Cloze(new cuecard.deck.NoteInfo(id, info.tags(), info.source(), info.explanation(), info.location()),
                c.text());
        return new Written(id, w.score(), w.from(), note);
    }

    /** Drops brackets and quotes whose partner the clause cut off. */
    static String balance(String text) {
        String pairs = "（）()「」『』“”《》[]【】";
        StringBuilder sb = new StringBuilder(text);
        for (int k = 0; k < pairs.length(); k += 2) {
            char open = pairs.charAt(k);
            char close = pairs.charAt(k + 1);
            int depth = 0;
            for (int i = 0; i < sb.length(); i++) {
                if (sb.charAt(i) == open) {
                    depth++;
                } else if (sb.charAt(i) == close) {
                    if (depth == 0) {
                        sb.deleteCharAt(i--);
                    } else {
                        depth--;
                    }
                }
            }
            for (int i = sb.length() - 1; i >= 0 && depth > 0; i--) {
                if (sb.charAt(i) == open) {
                    sb.deleteCharAt(i);
                    depth--;
                }
            }
        }
        return sb.toString();
    }

    private static String speaker(Document doc) {
        return speakerName(doc, null);
    }

    private static String speakerName(Document doc, String speaker) {
        String s = speaker == null || speaker.equals("A") || speaker.equals("答") ? doc.interviewee() : speaker;
        if (s == null || s.isEmpty()) {
            return null;
        }
        return Character.isLowerCase(s.charAt(0)) ? Character.toUpperCase(s.charAt(0)) + s.substring(1) : s;
    }

    /**
     * Three wrong options of the fact's kind: changed values for numbers, other names of the same sort for names
     * (see {@link NameKinds}); none for a name whose sort is not known or is a show.
     */
    static List<String> distractors(Candidate c, Map<FactKind, List<Fact>> pool, Map<String, NameKinds.Sort> sorts, long seed) {
        Fact f = c.fact();
        String clause = squeeze(c.clause().text()).toLowerCase(Locale.ROOT);
        Set<String> seen = new HashSet<>();
        seen.add(norm(f.surface()));
        if (c.subject() != null) {
            seen.add(norm(c.subject())); // the prompt names them in place of "he"
        }
        List<String> out = new ArrayList<>();
        if (f.kind().numeric()) {
            for (String v : Variants.of(f, 4, seed)) {
                if (!clause.contains(squeeze(v).toLowerCase(Locale.ROOT)) && seen.add(norm(v))) {
                    out.add(v);
                }
            }
            return out;
        }
        boolean latin = f.surface().matches("[\\p{IsLatin}0-9 .'’·・-]+");
        NameKinds.Sort sort = sortOf(f, sorts);
        if (!sort.comparable()) {
            return out; // no wrong option can be shown to be of the same sort
        }
        List<Fact> same = new ArrayList<>(pool.getOrDefault(f.kind(), List.of()));
        same.removeIf(o -> o.key().equals(f.key()) || o.passage() == null || sortOf(o, sorts) != sort);
        Map<Fact, Long> order = new java.util.IdentityHashMap<>();
        for (Fact o : same) {
            order.put(o, fnv(f.key() + "|" + o.key()));
        }
        // options of the answer's shape first: a versioned product (GPT-3.5) among versioned names, a name among names
        boolean digits = f.surface().matches(".*\\d.*");
        same.sort(Comparator.comparing((Fact o) -> o.surface().matches(".*\\d.*") != digits)
                .thenComparingLong(o -> order.get(o)).thenComparing(Fact::key).thenComparingInt(Fact::start));
        Set<String> keys = new HashSet<>();
        for (Fact o : same) {
            String s = o.surface();
            String n = norm(s);
            boolean sameScript = latin == s.matches("[\\p{IsLatin}0-9 .'’·・-]+");
            String nf = norm(f.surface());
            if (!sameScript || !keys.add(o.key()) || clause.contains(squeeze(s).toLowerCase(Locale.ROOT))
                    || n.contains(nf) || nf.contains(n) || seen.stream().anyMatch(x -> nearlySame(x, n)) || !seen.add(n)) {
                continue;
            }
            out.add(s);
            if (out.size() == 3) {
                break;
            }
        }
        return out;
    }

    private static NameKinds.Sort sortOf(Fact f, Map<String, NameKinds.Sort> sorts) {
        NameKinds.Sort s = sorts.get(f.key());
        if (s != null) {
            return s;
        }
        NameKinds.Sort fixed = NameKinds.fixed(f);
        return fixed != null ? fixed : NameKinds.Sort.UNKNOWN;
    }

    /** Two option texts that differ by at most one edit (a typo of each other) are the same option. */
    static boolean nearlySame(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()] <= (a.length() > 5 ? 2 : 1);
    }

    static String norm(String s) {
        return squeeze(CardIds.normalise(s));
    }

    /** Text without white space, for comparing what a card says with what the source says. */
    static String squeeze(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r' || c == '\u00a0' || c == '\u3000';
            if (space && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            } else if (!space && out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString(); // the characters of [\s\u00a0\u3000], without a regex per call
    }

    static String idFor(Candidate c) {
        String key = c.key();
        int colon = key.indexOf(':');
        String kind = key.substring(0, colon);
        String rest = key.substring(colon + 1).toLowerCase(Locale.ROOT);
        String ascii = rest.replaceAll("[^a-z0-9.]+", "-").replaceAll("^[-.]+|[-.]+$", "");
        boolean readable = rest.matches("[a-z0-9 :.'’-]+") && !ascii.isEmpty() && ascii.length() <= 40;
        String id = readable ? kind + "-" + ascii : kind + "-" + (ascii.isEmpty() || ascii.length() > 24 ? "" : ascii + "-") + hash(key).substring(0, 6);
        return id.replace('.', '-');
    }

    private static String uniqueId(String base, Candidate c, Set<String> ids) {
        String id = base;
        if (!ids.add(id)) {
            id = base + "-" + hash(c.doc().ref() + "|" + c.key() + "|" + (c.clause() == null ? c.front() : c.clause().text())).substring(0, 6);
            ids.add(id);
        }
        return id;
    }

    static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A quick stable 64-bit hash (FNV-1a) for deterministic orderings. */
    static long fnv(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static long seed(String text) {
        return Long.parseUnsignedLong(hash(text).substring(0, 15), 16);
    }
}
