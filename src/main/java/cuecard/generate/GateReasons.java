package cuecard.generate;

import java.util.Map;

/**
 * The gates' reasons and the selection's notes in Chinese, for a Chinese interface (the review screen's list of
 * rejected proposals). The English wording stays with each gate ({@link Gate#reason()}), which {@code --explain}
 * prints; a test checks that every gate has its Chinese line here.
 */
public final class GateReasons {

    private static final Map<String, String> ZH = Map.ofEntries(
            Map.entry("markup", "文字里留有时间码、网址、Markdown、HTML、字幕序号或说话人标签"),
            Map.entry("editorial", "编者、译者的按语或图片说明，不是访谈本身的内容"),
            Map.entry("question-sentence", "答案在提问句里或采访者铺垫问题的话里，不是受访者说的内容"),
            Map.entry("banter", "寒暄、致谢、笑声或闲聊，不值得记"),
            Map.entry("yes-no", "采访者的问题用“是”或“不是”就能回答，或者什么也没问"),
            Map.entry("unknown-speaker", "句子用“我”或“我们”，文中却没说是谁在讲"),
            Map.entry("dangling-reference", "他/她/它或这/那（这个、当时）指代的对象卡片上没有说出"),
            Map.entry("stale-time", "会过时的时间词（现在、明年、五年前）无法按文章日期换算，卡片说不清何时成立"),
            Map.entry("hypothetical", "举例、假设、猜测或比喻（比如、假设、可能、感觉像）被当成事实"),
            Map.entry("negated", "答案是句子否定的内容（不是X），卡片会教错"),
            Map.entry("vague-answer", "答案含糊（几个、两三天）或数目太小（一、二、三），不值得问"),
            Map.entry("common-word", "把首字母大写的普通词、口头语或句首副词当成了名字"),
            Map.entry("list-member", "空格只是列举中的一项，或两个备选数值之一，别的项填进去一样成立"),
            Map.entry("rambling", "句子像口语一样拖沓（省略号、就是说、对吧），不适合作卡片"),
            Map.entry("partial-span", "空格只占了数字或名字的一部分（四个|半小时、湾仔____中学）"),
            Map.entry("obvious-answer", "答案就是整篇文章讲的那个名字，挖掉它最没有信息量"),
            Map.entry("incidental-name", "只提到一次的名字，出现在文章不太倚重的句子里：顺带一提的细节"),
            Map.entry("personal-life", "说话人的私生活（家人、吃饭、睡觉），不是访谈的主题"),
            Map.entry("logistics", "将要举行或定期举行的活动的时间、地点或时长：是日程，不是内容"),
            Map.entry("given-away", "题面已经给出答案：重复、翻译、缩写或解释就在空格旁边，或由同系列名称暗示"),
            Map.entry("off-topic-reply", "回答的句子和问题几乎没有共同的词，卡片背面答非所问"),
            Map.entry("too-long", "题面或答案超过卡片的长度（约70个汉字或40个英文词）"),
            Map.entry("too-little-context", "空格旁的文字太少，指不出唯一的答案"),
            Map.entry("same-fact-elsewhere", "另一篇文档里的同一事实已有更好的卡片"),
            Map.entry("same-fact", "同一事实已有更好的卡片"),
            Map.entry("same-sentence", "同一句话已有更好的卡片"),
            Map.entry("shows-each-other", "它和一张更好的卡片会互相透露答案"),
            Map.entry("low-salience", "句子的重要性低于选卡下限"),
            Map.entry("over-max", "超过了 --max-cards 的上限"));

    private static final Map<String, String> NOTES = Map.of(
            Selection.SAME_FACT_ELSEWHERE, "same-fact-elsewhere",
            Selection.SAME_FACT, "same-fact",
            Selection.SAME_SENTENCE, "same-sentence",
            Selection.SHOWS_EACH_OTHER, "shows-each-other",
            Selection.OVER_MAX, "over-max");

    private GateReasons() {
    }

    /** The Chinese line for a gate's name, or null when there is none. */
    public static String chinese(String gate) {
        return ZH.get(gate);
    }

    /** The Chinese wording of a selection note (why a draft that passed the gates was left out), or the note itself. */
    public static String chineseNote(String note) {
        if (note == null) {
            return null;
        }
        if (note.startsWith(Selection.LOW_SALIENCE)) {
            return ZH.get("low-salience") + "（" + note + "）";
        }
        String key = NOTES.get(note);
        return key == null ? note : ZH.get(key);
    }
}
