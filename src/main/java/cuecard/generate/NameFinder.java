package cuecard.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names part of {@link FactFinder}: Latin-script people, organisations and products (capitalised runs, tokens
 * with capitals or versions inside, a person's given name or surname alone once the whole name is known), names
 * joined by a dot (the Chinese transcription of foreign names), and HanLP's Chinese names ({@link ChineseNames}).
 */
final class NameFinder {

    private static final Pattern LATIN_NAME = Pattern.compile(
            "(?<![A-Za-z0-9'’-])([A-Z][a-zA-Z'’]*(?:(?: |·|・|(?<=\\b[A-Z])\\. )(?:[A-Z]\\. )?[A-Z][a-zA-Z'’]+(?:-[A-Z][a-zA-Z'’]+)?){1,3})(?![A-Za-z0-9])");
    private static final Pattern LATIN_TOKEN = Pattern.compile("(?<![A-Za-z0-9'’-])([A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*)(?![A-Za-z0-9])");
    private static final Pattern DOT_NAME = Pattern.compile("[\\p{IsHan}]{1,6}[·・•][\\p{IsHan}]{1,8}");
    private static final Set<String> NAME_STOP = Set.of("The", "A", "An", "In", "On", "At", "But", "And", "So", "If", "When",
            "What", "How", "Why", "Who", "Where", "This", "That", "These", "Those", "It", "Its", "We", "I", "He", "She", "They",
            "Our", "My", "His", "Her", "Their", "Your", "You", "After", "Before", "During", "Then", "There", "Here", "Last",
            "Next", "Early", "Late", "Q", "Yes", "No", "Not", "Well", "Oh", "Okay", "OK", "Man", "Also", "As", "For", "From",
            "With", "By", "To", "Of", "Is", "Was", "Are", "Do", "Does", "Did", "Can", "Could", "Would", "Should", "Will",
            "Mr", "Ms", "Mrs", "Dr", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "One",
            "Two", "Some", "Many", "Most", "Every", "Each", "All", "Any", "Now", "Today", "Yesterday", "Tomorrow", "Still",
            "Because", "While", "Although", "Since", "Until", "Once", "Just", "Even", "Only", "Maybe", "Perhaps", "Let",
            "Thanks", "Thank", "Sure", "Right", "Like", "Look", "See", "Said", "Says", "According", "Meanwhile", "However",
            "Editor", "Note", "Host", "Interviewer", "Source", "Photo", "Image");
    private static final Set<String> ORG_WORDS = Set.of("Combinator", "Capital", "Labs", "Lab", "Laboratory", "Laboratories", "Association", "Society", "Museum", "Library", "School", "Academy", "Hospital", "Ministry", "Organization", "Organisation", "Federation", "Union", "Alliance", "Consortium", "Festival", "Conference", "Prize", "Award", "Party", "Service", "Services", "Corps", "Program", "Programme", "Initiative", "Inc", "Corp", "Corporation",
            "News", "Times", "Post", "Journal", "Street", "Valley", "Pro", "AI", "Bank", "Fund", "Ventures", "Partners",
            "Group", "Company", "University", "College", "Institute", "Center", "Centre", "Foundation", "Research", "Studio",
            "Studios", "Media", "Press", "Club", "Council", "Commission", "Agency", "Department", "Office", "House",
            "Counter", "Act", "Robotics", "Software", "Energy", "Motors", "Airlines", "Holdings", "Trust", "Trench", "Ocean", "Sea", "River", "Mountain", "Mountains", "Lake", "Bay", "Island", "Islands", "City", "County", "State", "Square", "Bridge", "Weekly", "Daily", "Magazine", "Review", "Board", "Committee", "Safety", "Security", "Advisory", "Team", "Project", "Model", "Spec", "Network", "Tech", "Technologies", "Systems", "Microsoft", "Google", "Apple", "Meta", "Amazon", "Bloomberg",
            "OpenAI", "ChatGPT", "Twitter", "Congress", "Senate", "Court");
    private static final Set<String> GENERIC_TOKENS = Set.of("AI", "AGI", "ASI", "CEO", "CTO", "CFO", "GPU", "GPUs", "CPU",
            "VC", "VCs", "YC", "PR", "API", "APP", "App", "IPO", "CNN", "GP", "ARR", "Q", "A", "OK", "TV", "PC", "US", "UK",
            "USA", "EU", "UN", "PhD", "LLM", "LLMs", "ML", "IT", "HR", "AR", "VR", "X", "AIGC", "COO", "CPO", "IQ", "EQ");
    private static final String NAME_BREAK = "时期的基金会前后在和与是了说等及将被为曾也都员长家者人中里上有向对把让给跟同像如或位名";
    private static final Set<String> PERSON_TITLES = Set.of("Professor", "Prof", "President", "Senator", "Governor", "Dr",
            "Doctor", "Sir", "Dame", "Lord", "Lady", "Judge", "Justice", "General", "Colonel", "Captain", "Mr", "Mrs", "Ms",
            "Miss", "Minister", "Chairman", "Chairwoman", "Director", "Editor", "Reporter", "Coach", "Pope", "King", "Queen", "Prince", "Princess");
    private static final Set<String> GIVEN_NAMES = Set.of("Sam", "Ilya", "Greg", "Elon", "Jensen", "Satya", "Mark", "Bill",
            "Steve", "Jeff", "Larry", "Sergey", "Tim", "Sundar", "Mira", "Dario", "Reid", "Peter", "Paul", "John", "Johnny",
            "Jony", "Alex", "Adam", "Helen", "Bret", "Tasha", "Emmett", "Jack", "Tom", "Mike", "Michael", "David", "Daniel",
            "James", "Robert", "Mary", "Anna", "Sarah", "Emily", "Jane", "Kevin", "Brian", "Chris", "Eric", "Andrew", "Ryan",
            "Jason", "Matt", "Ben", "Geoffrey", "Yann", "Demis", "Mustafa", "Kara", "Lex", "Joe", "Donald", "Joseph", "Barack",
            "Hillary", "Kamala", "Warren", "Charlie", "George", "Richard", "William", "Thomas", "Susan", "Lisa", "Laura",
            "Emma", "Olivia", "Sophia", "Jessica", "Jennifer", "Linda", "Karen", "Nancy", "Betty", "Margaret", "Dorothy");

    /** A surname with a capital inside (McCarthy, DiBona, MacLeod, DeVito, VanDyke), not a product's camel case. */
    private static final Pattern SURNAME_CAPITALS = Pattern.compile("(?:Mc|Mac|Di|De|Da|Du|La|Le|Van|Von|Fitz)[A-Z][a-z]+");

    /** First words of place names, which two capitalised words would otherwise make a person (New York, Los Angeles). */
    private static final Set<String> PLACE_FIRST = Set.of("New", "San", "Santa", "Los", "Las", "St", "Saint", "Fort", "Port",
            "Mount", "Lake", "North", "South", "East", "West", "Hong", "Rio", "Buenos", "Costa", "Puerto", "Sierra");

    private NameFinder() {
    }

    private static boolean latinNeighbour(String text, int start, int end) {
        int before = start - 1;
        if (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        int after = end;
        if (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        return before >= 0 && Character.isLetter(text.charAt(before)) && text.charAt(before) < 0x250
                || after < text.length() && Character.isLetter(text.charAt(after)) && text.charAt(after) < 0x250;
    }

    /** Whether the word at {@code at} stands inside a sentence (a capital there is a name's, not the sentence's). */
    private static boolean insideSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && ".!?:;\"“‘'([—–-".indexOf(text.charAt(i)) < 0;
    }

    /** People, organisations and products: Latin-script names, names joined by a dot, and HanLP's Chinese names. */
    static void names(FactFinder f) {
        Map<String, Integer> personWords = new HashMap<>();
        List<String> persons = new ArrayList<>();
        f.scan(LATIN_NAME, (p, m) -> {
            String name = m.group(1);
            int shift = 0;
            String first = name.split("[ ·・.]+")[0];
            if (PERSON_TITLES.contains(first) && name.indexOf(' ') > 0) {
                shift = name.indexOf(' ') + 1;
                name = name.substring(shift);
            }
            String[] words = name.split("[ ·・.]+");
            int start = m.start(1) + shift;
            if (NAME_STOP.contains(words[0]) || FactFinder.MONTH_NAMES.contains(words[0]) || FactFinder.MONTH_NAMES.contains(words[words.length - 1])) {
                return null;
            }
            boolean org = false;
            org |= words[0].length() == 1;
            for (String w : words) {
                org |= ORG_WORDS.contains(w) || GENERIC_TOKENS.contains(w) || !w.contains("'") && !w.contains("’")
                        && !SURNAME_CAPITALS.matcher(w).matches()
                        && java.util.Arrays.stream(w.split("-")).anyMatch(part -> part.length() > 1 && part.substring(1).chars().anyMatch(Character::isUpperCase));
            }
            if (GIVEN_NAMES.contains(words[0]) && words.length == 2 && !ORG_WORDS.contains(words[1]) && !GENERIC_TOKENS.contains(words[1])) {
                org = false; // Chris DiBona: a given name and a surname, however it is capitalised
            }
            if (org) {
                return FactFinder.fact(FactKind.NAME, "name:" + name.toLowerCase(Locale.ROOT), p, start, m.end(), null);
            }
            if (PLACE_FIRST.contains(words[0])) {
                return FactFinder.fact(FactKind.PLACE, "place:" + name.toLowerCase(Locale.ROOT), p, start, m.end(), null); // New York, San Jose
            }
            if (words.length == 1) {
                return GIVEN_NAMES.contains(name) ? FactFinder.fact(FactKind.PERSON, "person:" + name.toLowerCase(Locale.ROOT), p, start, m.end(), null) : null;
            }
            for (String w : words) {
                personWords.merge(w, 1, Integer::sum);
            }
            persons.add(name);
            return FactFinder.fact(FactKind.PERSON, "person:" + name.toLowerCase(Locale.ROOT).replaceAll("[·・.]", " ").replaceAll(" +", " "),
                    p, start, m.end(), null);
        });
        f.scan(DOT_NAME, (p, m) -> {
            String g = m.group();
            int dot = g.replaceAll("[·・•]", "·").indexOf('·');
            int left = dot;
            while (left > 0 && dot - left < 4 && NAME_BREAK.indexOf(g.charAt(left - 1)) < 0) {
                left--;
            }
            int right = dot + 1;
            while (right < g.length() && right - dot <= 5 && NAME_BREAK.indexOf(g.charAt(right)) < 0) {
                right++;
            }
            if (left == dot || right == dot + 1) {
                return null;
            }
            String name = g.substring(left, right);
            return FactFinder.fact(FactKind.PERSON, "person:" + ChineseNames.simplified(name.replaceAll("[·・•]", "·"), f.doc.language()),
                    p, m.start() + left, m.start() + right, null);
        });
        Map<String, Integer> tokenCounts = new HashMap<>();
        for (Passage p : f.doc.passages()) {
            Matcher m = LATIN_TOKEN.matcher(p.text());
            while (m.find()) {
                tokenCounts.merge(m.group(1), 1, Integer::sum);
            }
        }
        boolean chinese = f.doc.language().chinese();
        f.scan(LATIN_TOKEN, (p, m) -> {
            String t = m.group(1);
            if (t.length() < 2 || GENERIC_TOKENS.contains(t) || NAME_STOP.contains(t) || FactFinder.MONTH_NAMES.contains(t)
                    || !Character.isUpperCase(t.charAt(0)) && !t.matches("[a-z]+[A-Z].*|[a-z]\\d.*")) {
                return null;
            }
            if (personWords.containsKey(t) || GIVEN_NAMES.contains(t)) {
                String full = persons.stream().filter(n -> n.startsWith(t + " ") || n.endsWith(" " + t)).sorted().findFirst().orElse(t);
                return FactFinder.fact(FactKind.PERSON, "person:" + full.toLowerCase(Locale.ROOT), p, m.start(), m.end(), null);
            }
            boolean camel = t.substring(1).chars().anyMatch(Character::isUpperCase) && t.chars().anyMatch(Character::isLowerCase);
            boolean model = t.matches("[A-Za-z]+-?\\d[\\w.]*|[a-z]\\d\\w*");
            boolean acronym = chinese && t.matches("[A-Z]{3,6}") && !latinNeighbour(p.text(), m.start(), m.end()); // TVB, CNC in Chinese text
            boolean word = t.matches("[A-Z][a-z]{3,}") && (chinese ? !latinNeighbour(p.text(), m.start(), m.end())
                    : tokenCounts.getOrDefault(t, 0) >= 2 || insideSentence(p.text(), m.start()));
            if (!camel && !model && !word && !acronym) {
                return null;
            }
            return FactFinder.fact(FactKind.NAME, "name:" + t.toLowerCase(Locale.ROOT), p, m.start(), m.end(), null);
        });
        if (chinese) {
            for (ChineseNames.Found n : ChineseNames.find(f.doc)) {
                if (!f.taken(n.passage(), n.start(), n.end())) {
                    Fact found = FactFinder.fact(n.kind(), n.key(), n.passage(), n.start(), n.end(), null);
                    if (found != null) {
                        f.claim(n.passage(), n.start(), n.end());
                        f.facts.add(found);
                    }
                }
            }
        }
    }
}
