package cuecard.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The role template: who a person is, from an apposition in the text — a role right before the name
 * (清华大学天文系副系主任蔡峥, psychologist Jane Roe), in brackets after it (蔡峥（天文学家）), after a comma
 * (Jane Roe, a professor at Leeds, …), or stated (蔡峥是清华大学天文系副系主任, Jane Roe is a professor at Leeds). A person's role is asked once, from its first statement.
 */
final class RoleDrafts {

    static final String ROLE_ZH = "(?:副?主任|馆长|館長|副?教授|研究员|研究員|总监|總監|院长|院長|所长|所長|主编|主編|总编|總編|记者|記者|主持人|"
            + "导演|導演|演员|演員|学者|學者|作家|诗人|詩人|联合创始人|聯合創始人|创始人|創始人|CEO|总裁|總裁|董事长|董事長|校长|校長|经理|經理|"
            + "工程师|工程師|科学家|科學家|医生|醫生|律师|律師|老师|老師|编辑|編輯|译者|譯者|翻译|翻譯|主播|制片人|製片人|部长|部長|局长|局長|"
            + "主席|会长|會長|理事长|理事長|秘书长|秘書長|顾问|顧問|专家|專家|画家|畫家|歌手|艺术家|藝術家|设计师|設計師|摄影师|攝影師|策展人|"
            + "出品人|发起人|發起人|负责人|負責人|创办人|創辦人|总经理|總經理|副总裁|副總裁|首席\\p{IsHan}{1,4}官|社长|社長|台长|台長|系主任)";
    private static final Pattern BEFORE_ZH = Pattern.compile("([^，。、：；“”「」（）()《》\\s了请請邀是由和与與及对對向为為位名]{2,20}?" + ROLE_ZH + ")$");
    private static final Pattern IS_ZH = Pattern.compile("^\\s*(?:是|为|為|现任|現任|曾任|担任|擔任)([^，。；;、（）()“”]{2,24}?" + ROLE_ZH + ")(?=[，。；;、]|$)");
    private static final Pattern BRACKET_ZH = Pattern.compile("^[（(]([^（）()]{2,24}?" + ROLE_ZH + ")[）)]");
    private static final String ROLE_EN = "(?:professor|director|founder|co-founder|teacher|psychologist|engineer|developer|host|author|"
            + "researcher|CEO|CTO|editor|journalist|scientist|president|chair|chairman|lecturer|manager|designer|artist|writer|"
            + "reporter|producer|maintainer|creator|inventor|historian|economist|physicist|astronomer|roboticist|therapist|"
            + "doctor|curator|librarian|executive|officer|programmer|architect|analyst|consultant|coach|principal)";
    private static final Pattern AFTER_EN = Pattern.compile("^,\\s+((?:a|an|the)\\s+(?:[\\w-]+\\s+){0,6}?" + ROLE_EN + "(?:\\s+(?:of|at|for|in)\\s+[^,.;]{2,60})?)[,.;]", Pattern.CASE_INSENSITIVE);
    private static final Pattern IS_EN = Pattern.compile("^\\s+(?:is|was)\\s+((?:a|an|the)\\s+(?:[\\w-]+\\s+){0,4}?" + ROLE_EN + "(?:\\s+(?:of|at|for|in)\\s+[^,.;]{2,60})?)[,.;]", Pattern.CASE_INSENSITIVE);
    private static final Pattern BEFORE_EN = Pattern.compile("(?:^|[\\s,(])((?:(?!the |a |an |and |of |to |by |with )[a-z-]+\\s+){0,2}" + ROLE_EN + ")\\s+$");

    private RoleDrafts() {
    }

    static List<Draft> of(Analysis analysis, double[] salience) {
        List<Draft> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean zh = analysis.doc().language().chinese();
        for (Sentence s : analysis.sentences()) {
            for (Fact f : s.facts()) {
                if (f.kind() != FactKind.PERSON || seen.contains(f.key())) {
                    continue;
                }
                String text = s.passage().text();
                String head = text.substring(s.start(), f.start());
                String tail = text.substring(f.end(), s.end());
                String role = null;
                Matcher m = zh ? BEFORE_ZH.matcher(head) : BEFORE_EN.matcher(head);
                if (m.find()) {
                    role = m.group(1).strip();
                } else {
                    for (Pattern p : zh ? List.of(BRACKET_ZH, IS_ZH) : List.of(AFTER_EN, IS_EN)) {
                        Matcher b = p.matcher(tail);
                        if (b.find()) {
                            role = b.group(1).strip();
                            break;
                        }
                    }
                }
                if (role != null && (zh ? role.replaceFirst(ROLE_ZH + "$", "").replaceFirst("的$", "").length() < 2
                        : !role.matches("(?i).*\\b(of|at|for|in)\\b.*"))) {
                    role = null; // a bare role (联合创始人, a founder) does not say of what
                }
                int at = role == null ? -1 : text.indexOf(role, s.start());
                if (role == null || at < 0 || !s.passage().oneLine(at, at + role.length())) {
                    continue; // a role wrapped over two lines cannot be cited by one
                }
                seen.add(f.key());
                String front = switch (s.language()) {
                    case ZH_HANS, ZH_HANT -> f.surface() + "的身份是？";
                    case EN -> "Who is " + f.surface() + "?";
                };
                double sal = Math.max(salience[s.index()], 0.5);
                out.add(new Draft(Draft.Kind.ROLE, "role:" + f.key(), s, null, "", front, role, "", sal, sal * 0.9));
            }
        }
        return out;
    }
}
