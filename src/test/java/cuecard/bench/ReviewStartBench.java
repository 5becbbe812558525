package cuecard.bench;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import cuecard.generate.Generator;
import cuecard.generate.InputText;
import cuecard.generate.Proposals;
import cuecard.generate.review.Decisions;
import cuecard.generate.review.ProposalReview;
import cuecard.study.Messages;
import cuecard.study.tui.ReviewApp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code generate --review} from Enter to the first proposal on the screen, warm JVM: read the transcript, run the
 * generator into proposals, open the review on an 80×24 virtual terminal and draw it. The inputs are a ~30 KB seed
 * (../shared/seeds, Chinese), a 27 KB corpus interview (../shared/corpus, English) and our own small fixture.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReviewStartBench {

    @Param({"../shared/seeds/003_1640e30df1fadae3.txt", "../shared/corpus/05-ttoos-asf-founders-interview.md",
        "src/test/resources/generate/interview-en.md"})
    public String file;

    Path path;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            System.err.println("ReviewStartBench: " + file + " is missing; using the English fixture");
            path = Path.of("src/test/resources/generate/interview-en.md");
        }
        System.err.println("ReviewStartBench: " + path + ", " + Files.size(path) + " bytes");
    }

    @Benchmark
    public DefaultVirtualTerminal firstProposalOnScreen() throws IOException {
        String text = Files.readString(path, StandardCharsets.UTF_8);
        String name = path.getFileName().toString();
        Proposals p = Proposals.of(List.of(new InputText(Generator.refFor(name), name, text)), Generator.Settings.defaults(),
                Generator.Progress.NONE);
        ProposalReview review = new ProposalReview(p.proposed(), p.rejected(), Decisions.none());
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        new ReviewApp(terminal, new ReviewApp.Setup(review, p.deck().id(), p.deck().sources(), Messages.english(), true,
                (f, l) -> { })).start();
        if (terminal.getCharacter(1, 0).getCharacter() == ' ' && terminal.getCharacter(2, 0).getCharacter() == ' ') {
            throw new IllegalStateException("nothing drawn");
        }
        return terminal;
    }

    /** The generator alone on the same input, for how much the proposals and the screen add. */
    @Benchmark
    public Object generatorAlone() throws IOException {
        String text = Files.readString(path, StandardCharsets.UTF_8);
        String name = path.getFileName().toString();
        return Generator.generate(List.of(new InputText(Generator.refFor(name), name, text)), Generator.Settings.defaults(),
                Generator.Progress.NONE);
    }
}
