package cuecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every authoring command on bad input: one clear line naming the file, a distinct exit code, no stack trace, and
 * no file written or changed. {@code @NAME} in the arguments stands for a prepared path in a temporary folder.
 */
class AuthoringBadInputTest {

    private static final String GOOD = "deck: good\ncards:\n  - type: basic\n    front: A\n    back: B\n";

    @TempDir
    Path tmp;
    private final Map<String, Path> paths = new HashMap<>();

    @BeforeEach
    void prepare() throws IOException {
        paths.put("good", write("good.yaml", GOOD));
        paths.put("broken", write("broken.yaml", "deck: broken\ncards:\n  - type: basic\n    front: A\n"));
        paths.put("syntax", write("syntax.yaml", "deck: s\ncards: [\n"));
        Path latin1 = tmp.resolve("latin1.yaml");
        Files.write(latin1, new byte[] {'d', 'e', 'c', 'k', ':', ' ', (byte) 0xE9, '\n'});
        paths.put("latin1", latin1);
        Path huge = tmp.resolve("huge.yaml");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        paths.put("huge", huge);
        paths.put("dir", Files.createDirectories(tmp.resolve("folder")));
        paths.put("missing", tmp.resolve("missing.yaml"));
        paths.put("exists", write("exists.txt", "keep me"));
        paths.put("out", tmp.resolve("out.yaml"));
        paths.put("nofolder", tmp.resolve("no/such/folder/out.yaml"));
        paths.put("csv", write("cards.csv", "front,back\nA,B\n"));
        paths.put("brokencsv", write("brokencsv.csv", "A,B\nC,\"D\"x\nE,F\n"));
        paths.put("badjson", write("bad.json", "{\"deck\": \"d\", \"cards\": [{\"type\": \"basic\"}]}"));
        paths.put("editor", write("editor.sh", "#!/bin/sh\nexit 0\n"));
    }

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            new: bad id ; new|a b|-o|@out ; 2 ; must be a slug
            new: output exists ; new|x|-o|@exists ; 3 ; already exists
            new: output is a directory ; new|x|-o|@dir ; 3 ; is a directory
            new: folder missing ; new|x|-o|@nofolder ; 3 ; does not exist
            new: unknown flag ; new|x|--colour ; 2 ; Unknown option
            add: missing file ; add|@missing|--type|basic|--front|A|--back|B ; 3 ; missing.yaml: no such file
            add: directory ; add|@dir|--type|basic|--front|A|--back|B ; 3 ; is a directory
            add: broken deck ; add|@broken|--type|basic|--front|C|--back|D ; 3 ; broken.yaml:3:5
            add: YAML syntax error ; add|@syntax|--type|basic|--front|C|--back|D ; 3 ; syntax.yaml:3:1
            add: invalid UTF-8 ; add|@latin1|--type|basic|--front|C|--back|D ; 3 ; not valid UTF-8
            add: 50 MB file ; add|@huge|--type|basic|--front|C|--back|D ; 3 ; larger than 8 MiB
            add: missing field ; add|@good|--type|basic|--front|C ; 2 ; need --back
            add: duplicate card ; add|@good|--type|basic|--front|a|--back|D ; 1 ; already used
            add: no type ; add|@good|--front|C|--back|D ; 2 ; Missing required option
            fmt: missing file ; fmt|--assign-ids|@missing ; 3 ; no such file
            fmt: directory ; fmt|--assign-ids|@dir ; 3 ; is a directory
            fmt: broken deck ; fmt|--assign-ids|@broken ; 3 ; broken.yaml:3:5
            fmt: invalid UTF-8 ; fmt|--assign-ids|@latin1 ; 3 ; not valid UTF-8
            fmt: 50 MB file ; fmt|--assign-ids|@huge ; 3 ; larger than 8 MiB
            fmt: no action ; fmt|@good ; 2 ; needs --assign-ids
            edit: missing file ; edit|@missing ; 3 ; no such file
            edit: directory ; edit|@dir ; 3 ; is a directory
            edit: unknown card ; edit|@good|--card|nope ; 2 ; no card `nope`
            edit: card in broken deck ; edit|@broken|--card|x ; 2 ; has errors
            import: missing file ; import|@missing|-o|@out ; 3 ; no such file
            import: directory ; import|@dir|-o|@out ; 3 ; is a directory
            import: output exists ; import|@csv|-o|@exists ; 3 ; already exists
            import: output is a folder ; import|@csv|-o|@dir ; 3 ; is a directory
            import: broken CSV row ; import|@brokencsv|-o|@out ; 3 ; brokencsv.csv:2: broken row
            import: no output ; import|@csv ; 2 ; Missing required option
            import: bad type ; import|@csv|-o|@out|--type|choice ; 2 ; basic or typed
            import: JSON deck with errors ; import|@badjson|-o|@out ; 3 ; bad.json:1:
            export: missing file ; export|@missing|--format|csv|-o|@out ; 3 ; no such file
            export: directory ; export|@dir|--format|csv|-o|@out ; 3 ; is a directory
            export: broken deck ; export|@broken|--format|json|-o|@out ; 3 ; broken.yaml:3:5
            export: output exists ; export|@good|--format|anki|-o|@exists ; 3 ; already exists
            export: bad format ; export|@good|--format|pdf|-o|@out ; 2 ; Invalid value
            """)
    void badInputGivesOneClearLine(String name, String argLine, int code, String message) throws IOException {
        String[] args = argLine.split("\\|");
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("@")) {
                args[i] = paths.get(args[i].substring(1)).toString();
            }
        }
        Map<String, String> before = snapshot();
        CliRun.Result r = CliRun.withHome(tmp).env("VISUAL", "sh " + paths.get("editor")).run(args);
        assertThat(r.exitCode()).as("%s: %s", name, r.err()).isEqualTo(code);
        assertThat(r.err()).as(name).contains(message).doesNotContain("\tat ").doesNotContain("Exception:")
                .doesNotContain("internal error");
        assertThat(snapshot()).as("%s leaves every file as it was", name).isEqualTo(before);
        assertThat(paths.get("out")).doesNotExist();
    }

    private Map<String, String> snapshot() throws IOException {
        Map<String, String> s = new HashMap<>();
        for (var e : paths.entrySet()) {
            Path p = e.getValue();
            if (Files.isRegularFile(p) && !e.getKey().equals("huge")) {
                s.put(e.getKey(), new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return s;
    }
}
