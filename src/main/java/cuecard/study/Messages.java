package cuecard.study;

import java.util.Locale;

/**
 * The study screens' own words in English and Simplified Chinese. Each text has both languages side by side, so a
 * missing translation cannot compile. Placeholders are {@code %s}/{@code %d} as in {@link String#format}.
 */
public record Messages(Lang lang) {

    public enum Lang {
        EN, ZH;

        /** The language for a {@code --lang} value or a {@code LANG}-style locale name; English unless it is Chinese. */
        public static Lang fromLocale(String name) {
            if (name == null) {
                return EN;
            }
            return name.toLowerCase(Locale.ROOT).startsWith("zh") ? ZH : EN;
        }
    }

    public enum Text {
        APP_TITLE("cuecard", "cuecard"),
        DECKS("Decks", "卡组"),
        COL_DECK("deck", "卡组"),
        COL_NEW("new", "新卡"),
        COL_LEARNING("learn", "学习中"),
        COL_DUE("due", "到期"),
        COL_TOTAL("total", "总数"),
        COL_RECALL("recall", "记得"),
        COL_LAST("last studied", "上次学习"),
        ALL_DECKS("all decks", "全部卡组"),
        STATISTICS("Statistics", "统计"),
        STATS_KEYS("↑↓ PgUp PgDn scroll  q/Esc back", "↑↓ PgUp PgDn 滚动  q/Esc 返回"),
        // counts: English has a form for one and one for other numbers (`one|other`), Chinese one form
        N_CARDS("%d card|%d cards", "%d 张卡片"),
        N_REVIEWS("%d review|%d reviews", "%d 次复习"),
        N_DAYS("%d day|%d days", "%d 天"),
        N_LAPSES("%d lapse|%d lapses", "遗忘 %d 次"),
        N_FILES("%d file|%d files", "%d 个文件"),
        N_DECKS("%d deck|%d decks", "%d 个卡组"),
        N_ERRORS("%d error|%d errors", "%d 个错误"),
        N_WARNINGS("%d warning|%d warnings", "%d 个警告"),
        N_IDS("%d id|%d ids", "%d 个 id"),
        N_NOTES("%d note|%d notes", "%d 条笔记"),
        N_PROBLEMS("%d problem|%d problems", "%d 个问题"),
        N_TIMES("%d time|%d times", "%d 次"),
        // the statistics (the tab and `cuecard stats`)
        ST_TODAY("Today: %s in %s, %s remembered", "今天：%s，用时 %s，记得 %s"),
        ST_STREAK("Streak: %s (longest %s); %s in all", "连续学习：%s（最长 %s）；共 %s"),
        ST_CARDS("Cards: %d new, %d learning, %d young, %d mature, %d suspended (%d leeches); %d in all",
                "卡片：新卡 %d，学习中 %d，未熟 %d，熟练 %d，已暂停 %d（难记卡 %d）；共 %d"),
        ST_RECALL("Recall now: %s on average over the %s in review (new cards not counted)",
                "当前记得率：复习中的 %2$s平均 %1$s（不计新卡）"),
        ST_YEAR("Reviews over the last year", "过去一年的复习"),
        ST_HEATMAP_DAYS("Mon,,Wed,,Fri,,Sun", "周一,,周三,,周五,,周日"),
        ST_PER_DAY("Reviews per day, last 30 days", "最近 30 天每天的复习"),
        ST_MAX("max %d", "最多 %d"),
        ST_FORECAST("Due in the next 30 days", "未来 30 天到期"),
        ST_FORECAST_SUM("%d in all, %d today", "共 %d，今天 %d"),
        ST_RETENTION("True retention", "实际记住率"),
        ST_YOUNG("young", "未熟"),
        ST_MATURE("mature", "熟练"),
        ST_LAST_DAY("last day", "最近一天"),
        ST_LAST_WEEK("last week", "最近一周"),
        ST_LAST_MONTH("last month", "最近一月"),
        ST_LAST_YEAR("last year", "最近一年"),
        ST_RECALL_BINS("Predicted recall of review cards", "复习卡片的预测记得率"),
        ST_STABILITY("Stability of review cards", "复习卡片的稳定性"),
        ST_BY_DECK("Accuracy by deck", "各卡组的正确率"),
        ST_BY_TAG("Accuracy by tag", "各标签的正确率"),
        ST_BY_TYPE("Accuracy by question type", "各题型的正确率"),
        ST_OF("%s of %d", "%s（共 %d）"),
        ST_HARDEST("Hardest cards", "最难的卡片"),
        ST_HARD_CARD("%s, recall %s", "%s，记得率 %s"),
        ST_SECONDS("%d s", "%d 秒"),
        ST_MINUTES("%d min %02d s", "%d 分 %02d 秒"),
        ST_PRESET("Preset %s (%s): desired retention %.0f%%, ", "预设 %s（%s）：目标记住率 %.0f%%，"),
        ST_PRESET_DEFAULT("default FSRS-6 parameters (run `cuecard optimize` once you have a few hundred reviews)",
                "默认 FSRS-6 参数（有几百次复习后运行 `cuecard optimize`）"),
        ST_PRESET_FITTED("parameters fitted %s on %d items (log loss %.4f)", "参数于 %s 按 %d 条记录拟合（对数损失 %.4f）"),
        ST_PRESET_RECOMMENDS("the simulator recommends %.0f%%: the least study time per card remembered",
                "模拟器建议 %.0f%%：每记住一张卡片花的时间最少"),
        PICKER_RECALL_NOTE("recall: predicted recall now of the cards in review (new cards not counted), as in t stats",
                "记得：复习中卡片的当前预测记得率（不计新卡），与 t 统计相同"),
        // the deck list of bare `cuecard` in a pipe
        LIST_DECKS("Decks (study them with `cuecard study`):", "卡组（用 `cuecard study` 学习）："),
        LIST_NO_DECKS("No decks found in %s. Create one with `cuecard new my-deck -o my-deck.yaml`.",
                "在 %s 中没有找到卡组。用 `cuecard new my-deck -o my-deck.yaml` 新建一个。"),
        BROWSER("Card browser", "卡片浏览"),
        BROWSER_COL_CARD("card", "卡片"),
        BROWSER_COL_STATE("state", "状态"),
        BROWSER_COL_LAPSES("lapses", "遗忘"),
        BROWSER_KEYS("/ search  ↑↓ choose  Enter history  s suspend/unsuspend  r reset  u undo  e edit  q back",
                "/ 搜索  ↑↓ 选择  Enter 历史  s 暂停/恢复  r 重置  u 撤销  e 编辑  q 返回"),
        BROWSER_SEARCH_KEYS("type a search (deck: tag: type: is:new|learning|review|due|suspended|leech due<=N lapses>=N), Enter search, Esc cancel",
                "输入搜索（deck: tag: type: is:new|learning|review|due|suspended|leech due<=N lapses>=N），Enter 搜索，Esc 取消"),
        BROWSER_DETAIL_KEYS("s suspend/unsuspend  r reset  u undo  e edit  q/Esc back to the list",
                "s 暂停/恢复  r 重置  u 撤销  e 编辑  q/Esc 返回列表"),
        BROWSER_HISTORY("History", "历史"),
        BROWSER_NO_HISTORY("Never answered.", "从未作答。"),
        BROWSER_MEMORY("Stability %s, difficulty %.1f, %s, %s, due %s",
                "稳定性 %s，难度 %.1f，%s，%s，到期 %s"),
        BROWSER_HISTORY_LINE("interval %s  recall then %s", "间隔 %s  当时记得率 %s"),
        BROWSER_CONFIRM_RESET("Reset this card to new? Its history is kept. y/n", "把这张卡片重置为新卡？历史会保留。y/n"),
        BROWSER_WAS_RESET("Reset to new.", "已重置为新卡。"),
        BROWSER_RESET_UNDONE("Reset undone: the card has its schedule back.", "已撤销重置：卡片恢复了原来的安排。"),
        BROWSER_SUSPENDED("Suspended.", "已暂停。"),
        BROWSER_UNSUSPENDED("Unsuspended.", "已恢复。"),
        STATE_NEW("new", "新卡"),
        STATE_LEARNING("learning", "学习中"),
        STATE_REVIEW("review", "复习"),
        STATE_RELEARNING("relearning", "重学"),
        STATE_SUSPENDED("suspended", "已暂停"),
        NEVER("never", "从未"),
        NO_DECKS("No decks found.", "没有找到卡组。"),
        BROKEN_DECK("cannot load:", "无法载入："),
        BROKEN_DECK_KEYS("↑↓ choose  Enter/e open the file at the error in $EDITOR  q quit",
                "↑↓ 选择  Enter/e 在 $EDITOR 中打开出错的位置  q 退出"),
        PICKER_KEYS("↑↓ choose  Enter study  a all due  t stats  / browse  g generate  ? help  q quit",
                "↑↓ 选择  Enter 学习此卡组  a 全部到期  t 统计  / 浏览  g 生成  ? 帮助  q 退出"),
        // the study screen's keys, one entry each: the hint line shows those that act now, fitted to the width
        KEY_SHOW("Space/Enter show answer", "空格/Enter 显示答案"),
        KEY_RATE("1-4 rate", "1-4 评分"),
        KEY_CHOOSE("1-%d choose", "1-%d 选择"),
        KEY_TRUE_FALSE("t true  f false", "t 对  f 错"),
        KEY_TYPE("type the answer, Enter check", "输入答案，Enter 检查"),
        KEY_ESC_COMMANDS("Esc commands", "Esc 命令"),
        KEY_BACK_TO_TYPING("Enter/Tab/Esc back to typing", "Enter/Tab/Esc 继续输入"),
        KEY_NEXT("Enter next", "Enter 下一张"),
        KEY_CHANGE_RATING("1-4 change rating", "1-4 修改评分"),
        KEY_OVERRULE("o I was right", "o 我答对了"),
        KEY_UNDO("u undo", "u 撤销"),
        KEY_BURY("b bury", "b 搁置"),
        KEY_SUSPEND("s suspend", "s 暂停"),
        KEY_EDIT("e edit", "e 编辑"),
        KEY_SOURCE("i source", "i 出处"),
        KEY_HELP("? help", "? 帮助"),
        KEY_QUIT("q quit", "q 退出"),
        KEY_SCROLL("PgUp/PgDn ↑/↓ scroll a long card", "PgUp/PgDn ↑/↓ 滚动长卡片"),
        RATINGS_MEAN("What 1-4 mean", "1-4 的含义"),
        MEANS_AGAIN("1 Again: forgotten; the card comes back soon", "1 重来：忘了，卡片很快再出现"),
        MEANS_HARD("2 Hard: recalled with much effort; a shorter interval", "2 困难：很费力才想起，间隔较短"),
        MEANS_GOOD("3 Good: recalled; the usual interval", "3 良好：想起来了，正常间隔"),
        MEANS_EASY("4 Easy: recalled at once; a longer interval", "4 简单：立刻想起，间隔较长"),
        SUMMARY_KEYS("Enter/q leave  u undo  t stats", "Enter/q 离开  u 撤销  t 统计"),
        SUMMARY_CRAM_KEYS("Enter/q leave  c cram these decks  u undo  t stats", "Enter/q 离开  c 突击这些卡组  u 撤销  t 统计"),
        AGAIN("Again", "重来"),
        HARD("Hard", "困难"),
        GOOD("Good", "良好"),
        EASY("Easy", "简单"),
        ANSWER("Answer", "答案"),
        YOUR_ANSWER("Your answer", "你的答案"),
        TRUE("True", "对"),
        FALSE("False", "错"),
        RIGHT("Right", "正确"),
        RIGHT_TYPO("Right, with a typo", "正确（有错字）"),
        NEAR_MISS("Almost", "差一点"),
        WRONG("Wrong", "错误"),
        DIFFERS("you wrote %s, the answer has %s", "你写的是 %s，答案是 %s"),
        OVERRULED("Counted as right", "已算作正确"),
        RATING("Rating: %s", "评分：%s"),
        NOTE("Note", "说明"),
        UNDONE("Undid the last answer", "已撤销上一个回答"),
        NOTHING_TO_UNDO("Nothing to undo in this session", "本次没有可撤销的回答"),
        BURIED("Buried until tomorrow", "已搁置到明天"),
        SUSPENDED("Suspended", "已暂停"),
        ASK_SUSPEND("Suspend this card? y/n", "暂停这张卡片？y/n"),
        LEECH("Forgotten too often: suspended as a leech (unsuspend it in the browser, /)",
                "忘记次数太多：已作为难记卡暂停（可在浏览器 / 中恢复）"),
        STALE("This card was answered elsewhere; skipped", "这张卡片已在别处回答，已跳过"),
        EDITED("Card reloaded", "卡片已重新载入"),
        EDIT_FAILED("Could not edit: %s", "无法编辑：%s"),
        GONE("The card is no longer in the deck", "卡组中已没有这张卡片"),
        SOURCE("Source", "出处"),
        NO_SOURCE("This card cites no source", "这张卡片没有出处"),
        FILE("File", "文件"),
        ANY_KEY("any key to go back", "按任意键返回"),
        HELP("Keys", "按键"),
        MORE_BELOW("▼ more (PgDn)", "▼ 更多（PgDn）"),
        MODE_REVIEW("review", "复习"),
        MODE_CRAM("cram", "突击"),
        MODE_EXAM("exam", "考试"),
        SUMMARY("Session finished", "学习结束"),
        SUMMARY_CARDS("Cards answered: %d", "回答卡片：%d"),
        SUMMARY_ACCURACY("Right: %d of %d (%d%%)", "正确：%d / %d（%d%%）"),
        SUMMARY_TIME("Time: %s", "用时：%s"),
        SUMMARY_SCORE("Score: %d / %d", "得分：%d / %d"),
        SUMMARY_LEFT("Still due today: %d", "今天还有到期：%d"),
        SUMMARY_NEXT("Next card due: %s", "下一张到期：%s"),
        SUMMARY_NOTHING_NEXT("Nothing scheduled yet", "暂无安排"),
        DAY_DONE("Congratulations: you have finished for today", "恭喜：今天的卡片都学完了"),
        CRAM_OFFER("To practise more, press c: cram these decks (the schedule stays as it is)",
                "想多练习可按 c：突击这些卡组（不改变安排）"),
        LIMIT_NEW("new-card limit for today reached: %d", "今天的新卡上限已到：%d"),
        LIMIT_REVIEW("review limit for today reached: %d", "今天的复习上限已到：%d"),
        LIMIT_NEW_ALL("new-card limit for all decks today reached: %d", "今天全部卡组的新卡上限已到：%d"),
        LIMIT_REVIEW_ALL("review limit for all decks today reached: %d", "今天全部卡组的复习上限已到：%d"),
        SUMMARY_MISSED("Missed, with the right answers:", "答错的题目及正确答案："),
        HEADER_COUNTS("new %d · learn %d · due %d", "新 %d · 学 %d · 复 %d"),
        MORE_ABOVE("▲ more (PgUp)", "▲ 更多（PgUp）"),
        UNDONE_BURY("Undid the burial", "已撤销搁置"),
        UNDONE_SUSPEND("Undid the suspension", "已撤销暂停"),
        NO_UNDO_IN_EXAM("An exam is a test: answers cannot be undone", "考试中不能撤销回答"),
        WRONG_IS_AGAIN("A wrong answer is rated Again (o if you were right)", "答错的评分是“重来”（答对了请按 o）"),
        TIME_UP("Time is up", "时间到"),
        NOW("now", "现在"),
        IN_MINUTES("%d min", "%d分钟"),
        IN_HOURS("%d h", "%d小时"),
        IN_DAYS("%d d", "%d天"),
        IN_MONTHS("%.1f mo", "%.1f月"),
        IN_YEARS("%.1f y", "%.1f年"),
        REVIEW_TITLE("Review proposed cards", "审阅候选卡片"),
        REVIEW_PROGRESS("%d of %d · %d kept · %d dropped", "第 %d 张，共 %d 张 · 保留 %d · 舍弃 %d"),
        REVIEW_KEYS("k/Enter keep  d drop  e edit  t type  ←→ move  r rejected  ? keys  q write",
                "k/Enter 保留  d 舍弃  e 编辑  t 题型  ←→ 移动  r 落选  ? 按键  q 写入"),
        REVIEW_HELP("k or Enter  keep this card\nd  drop it (it is not asked again)\ne  edit it in $VISUAL or $EDITOR (kept when valid)"
                + "\nt  change its type to another its fact allows\n← → or h l  previous and next, to change a decision"
                + "\nr  the candidates the generator rejected, with why; Enter rescues one\nq  write the kept cards into the deck and leave"
                + "\nCtrl-C  leave without writing (asks y/n)",
                "k 或 Enter  保留这张卡片\nd  舍弃（以后不再询问）\ne  在 $VISUAL 或 $EDITOR 中编辑（有效即保留）"
                + "\nt  换成这条事实允许的其他题型\n← → 或 h l  上一张、下一张，可以改变决定"
                + "\nr  生成器落选的候选卡片及原因；Enter 救回一张\nq  把保留的卡片写入卡组并离开"
                + "\nCtrl-C  不写入就离开（先确认 y/n）"),
        REVIEW_KEPT("kept", "已保留"),
        REVIEW_DROPPED("dropped", "已舍弃"),
        REVIEW_UNDECIDED("not decided", "未决定"),
        REVIEW_EDITED("edited", "已编辑"),
        REVIEW_RESCUED("rescued", "已救回"),
        REVIEW_TYPE("Type: %s", "题型：%s"),
        TYPE_BASIC("basic", "问答"),
        TYPE_CLOZE("cloze", "填空"),
        TYPE_CHOICE("choice", "选择"),
        TYPE_TYPED("typed", "输入"),
        TYPE_TRUEFALSE("true/false", "判断"),
        REVIEW_OTHER_TYPES("t: %s", "t：%s"),
        REVIEW_ONE_TYPE("This fact allows no other type", "这条事实没有其他题型"),
        REVIEW_SPEAKER("Speaker", "说话人"),
        REVIEW_END("All %d proposals decided: %d kept, %d dropped.", "%d 张候选卡片都已决定：保留 %d，舍弃 %d。"),
        REVIEW_END_KEYS("q write and leave  ← back  r rejected  ? keys", "q 写入并离开  ← 返回  r 落选  ? 按键"),
        REVIEW_NONE("The generator proposed no cards from this text; r shows the candidates it rejected.",
                "生成器没有从这段文字提出卡片；按 r 查看落选的候选卡片。"),
        REVIEW_NOTHING_NEW("Nothing new to review: %d proposals were decided before.", "没有新的候选卡片：%d 张已在之前决定。"),
        REVIEW_REJECTED("Rejected candidates (%d)", "落选的候选卡片（%d）"),
        REVIEW_REJECTED_KEYS("↑↓ choose  Enter rescue  r/Esc back", "↑↓ 选择  Enter 救回  r/Esc 返回"),
        REVIEW_GATE("gate %s: %s", "规则 %s：%s"),
        REVIEW_LEFT_OUT("left out: %s", "未选入：%s"),
        REVIEW_NO_REJECTED("The generator rejected no candidates.", "生成器没有落选的候选卡片。"),
        REVIEW_CONFIRM_QUIT("Leave without writing? This review's decisions are lost. y/n", "不写入就离开？本次的决定会丢失。y/n"),
        REVIEW_EDIT_ABANDONED("Edit abandoned; the card is as it was", "已放弃编辑，卡片保持原样"),
        REVIEW_TYPE_CHANGED("Now a %s card", "已换成%s题"),
        REVIEW_RESCUED_NOTICE("Rescued and kept", "已救回并保留"),
        GENERATE_TRANSCRIPT("Transcript to review (Tab completes): ", "要审阅的文字稿（Tab 补全）："),
        GENERATE_DECK("Deck file to write: ", "要写入的卡组文件："),
        GENERATE_KEYS("Enter next  Tab complete  Esc cancel", "Enter 下一步  Tab 补全  Esc 取消"),
        GENERATE_FAILED("Could not generate: %s", "无法生成：%s"),
        GENERATE_WROTE("Wrote %s to %s", "已把%s写入 %s");

        private final String en;
        private final String zh;

        Text(String en, String zh) {
            this.en = en;
            this.zh = zh;
        }
    }

    public static Messages english() {
        return new Messages(Lang.EN);
    }

    public String get(Text text, Object... args) {
        String pattern = lang == Lang.ZH ? text.zh : text.en;
        return args.length == 0 ? pattern : String.format(Locale.ROOT, pattern, args);
    }

    /**
     * A count and its noun in the form the number takes: {@code 1 card}, {@code 2 cards} (an English text holds its
     * two forms as {@code one|other}); Chinese nouns have one form ({@code 1 张卡片}).
     */
    public String count(Text text, long n) {
        String pattern = lang == Lang.ZH ? text.zh : text.en;
        int bar = pattern.indexOf('|');
        if (bar >= 0) {
            pattern = n == 1 ? pattern.substring(0, bar) : pattern.substring(bar + 1);
        }
        return String.format(Locale.ROOT, pattern, n);
    }

    /** A card type's name: the deck format's word in English (cloze, typed), 填空, 输入 … in Chinese. */
    public String typeName(cuecard.deck.CardType type) {
        return get(switch (type) {
            case BASIC -> Text.TYPE_BASIC;
            case CLOZE -> Text.TYPE_CLOZE;
            case CHOICE -> Text.TYPE_CHOICE;
            case TYPED -> Text.TYPE_TYPED;
            case TRUEFALSE -> Text.TYPE_TRUEFALSE;
        });
    }

    /** A text as a label before a value: "Answer: " in English, "答案：" in Chinese. */
    public String label(Text text) {
        return get(text) + (lang == Lang.ZH ? "：" : ": ");
    }

    /** A short interval, as on Anki's buttons: minutes, hours, days, months, years. */
    public String interval(java.time.Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        if (minutes < 1) {
            return get(Text.NOW);
        }
        if (minutes < 60) {
            return get(Text.IN_MINUTES, minutes);
        }
        if (minutes < 24 * 60) {
            return get(Text.IN_HOURS, minutes / 60);
        }
        double days = minutes / 1440.0;
        if (days < 30) {
            return get(Text.IN_DAYS, Math.round(days));
        }
        if (days < 365) {
            return get(Text.IN_MONTHS, days / 30.4);
        }
        return get(Text.IN_YEARS, days / 365.25);
    }
}
