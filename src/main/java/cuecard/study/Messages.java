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
        BROWSER_KEYS("/ search  ↑↓ choose  Enter history  s suspend/unsuspend  r reset  e edit  q back",
                "/ 搜索  ↑↓ 选择  Enter 历史  s 暂停/恢复  r 重置  e 编辑  q 返回"),
        BROWSER_SEARCH_KEYS("type a search (deck: tag: type: is:new|learning|review|due|suspended|leech due<=N lapses>=N), Enter search, Esc cancel",
                "输入搜索（deck: tag: type: is:new|learning|review|due|suspended|leech due<=N lapses>=N），Enter 搜索，Esc 取消"),
        BROWSER_DETAIL_KEYS("s suspend/unsuspend  r reset  e edit  q/Esc back to the list",
                "s 暂停/恢复  r 重置  e 编辑  q/Esc 返回列表"),
        BROWSER_HISTORY("History", "历史"),
        BROWSER_NO_HISTORY("Never answered.", "从未作答。"),
        BROWSER_MEMORY("Stability %s, difficulty %.1f, %s, %s, due %s",
                "稳定性 %s，难度 %.1f，%s，%s，到期 %s"),
        BROWSER_HISTORY_LINE("interval %s  recall then %s", "间隔 %s  当时记得率 %s"),
        BROWSER_CONFIRM_RESET("Reset this card to new? Its history is kept. y/n", "把这张卡片重置为新卡？历史会保留。y/n"),
        BROWSER_WAS_RESET("Reset to new.", "已重置为新卡。"),
        BROWSER_SUSPENDED("Suspended.", "已暂停。"),
        BROWSER_UNSUSPENDED("Unsuspended.", "已恢复。"),
        STATE_NEW("new", "新卡"),
        STATE_LEARNING("learning", "学习中"),
        STATE_REVIEW("review", "复习"),
        STATE_RELEARNING("relearning", "重学"),
        STATE_SUSPENDED("suspended", "已暂停"),
        NEVER("never", "从未"),
        NO_DECKS("No decks found.", "没有找到卡组。"),
        PICKER_KEYS("↑↓ choose  Enter study deck  a all due  t stats  / browse  ? help  q quit",
                "↑↓ 选择  Enter 学习此卡组  a 全部到期  t 统计  / 浏览  ? 帮助  q 退出"),
        REVEAL_KEYS("Space/Enter show answer  u undo  b bury  s suspend  e edit  i source  ? help  q quit",
                "空格/Enter 显示答案  u 撤销  b 搁置  s 暂停  e 编辑  i 出处  ? 帮助  q 退出"),
        RATE_KEYS("1-4 rate  u undo  b bury  s suspend  e edit  i source  ? help  q quit",
                "1-4 评分  u 撤销  b 搁置  s 暂停  e 编辑  i 出处  ? 帮助  q 退出"),
        CHOICE_KEYS("1-%d choose  u undo  b bury  s suspend  e edit  i source  ? help  q quit",
                "1-%d 选择  u 撤销  b 搁置  s 暂停  e 编辑  i 出处  ? 帮助  q 退出"),
        TRUE_FALSE_KEYS("t true  f false  u undo  b bury  s suspend  e edit  i source  ? help  q quit",
                "t 对  f 错  u 撤销  b 搁置  s 暂停  e 编辑  i 出处  ? 帮助  q 退出"),
        TYPE_KEYS("type the answer, Enter check  Esc commands", "输入答案，Enter 检查  Esc 命令"),
        TYPED_COMMAND_KEYS("Enter/Tab back to typing  u undo  b bury  s suspend  e edit  i source  ? help  q quit",
                "Enter/Tab 继续输入  u 撤销  b 搁置  s 暂停  e 编辑  i 出处  ? 帮助  q 退出"),
        FEEDBACK_KEYS("Enter next  1-4 change rating  o I was right  u undo  q quit",
                "Enter 下一张  1-4 修改评分  o 我答对了  u 撤销  q 退出"),
        SUMMARY_KEYS("Enter/q leave  t stats", "Enter/q 离开  t 统计"),
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
        TIME_UP("Time is up", "时间到"),
        NOW("now", "现在"),
        IN_MINUTES("%d min", "%d分钟"),
        IN_HOURS("%d h", "%d小时"),
        IN_DAYS("%d d", "%d天"),
        IN_MONTHS("%.1f mo", "%.1f月"),
        IN_YEARS("%.1f y", "%.1f年");

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
