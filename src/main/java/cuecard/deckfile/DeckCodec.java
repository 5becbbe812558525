package cuecard.deckfile;

import cuecard.deck.Deck;
import cuecard.deck.DeckError;
import cuecard.deck.DeckResult;
import cuecard.deck.Location;
import cuecard.deck.Note;
import cuecard.deck.NoteInfo;
import cuecard.deck.Source;
import cuecard.deck.SourceRef;

import java.io.ByteArrayOutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A loaded deck (and its warnings) as compact bytes, for the {@link DeckCache}: every value of the deck model
 * written field by field, so reading it back builds the same records without YAML. Locations in the deck's own
 * file share one file name.
 */
final class DeckCodec {

    private static final byte NULL = 0;
    private static final byte BASIC = 1;
    private static final byte CLOZE = 2;
    private static final byte CHOICE = 3;
    private static final byte TYPED = 4;
    private static final byte TRUEFALSE = 5;

    private DeckCodec() {
    }

    /** The bytes of a loaded deck; locations in {@code file} are written without their file name. */
    static byte[] encode(DeckResult.Ok ok, String file) {
        Out out = new Out(file);
        Deck d = ok.deck();
        out.text(d.id());
        out.text(d.title());
        out.text(d.language());
        out.text(d.description());
        out.texts(d.tags());
        out.count(d.sources().size());
        for (Source s : d.sources()) {
            out.text(s.id());
            out.text(s.title());
            out.text(s.author());
            out.text(s.date());
            out.text(s.url());
        }
        out.location(d.location());
        out.count(d.notes().size());
        for (Note n : d.notes()) {
            note(out, n);
        }
        out.count(ok.problems().size());
        for (DeckError e : ok.problems()) {
            out.location(e.location());
            out.bytes.write(e.severity().ordinal());
            out.text(e.message());
            out.text(e.hint());
        }
        return out.bytes.toByteArray();
    }

    private static void note(Out out, Note n) {
        n.accept(new Note.Visitor<Void>() {
            @Override
            public Void basic(Note.Basic b) {
                out.bytes.write(BASIC);
                info(out, b.info());
                out.text(b.front());
                out.text(b.back());
                out.bytes.write(b.reverse() ? 1 : 0);
                return null;
            }

            @Override
            public Void cloze(Note.Cloze c) {
                out.bytes.write(CLOZE);
                info(out, c.info());
                out.text(c.text());
                return null;
            }

            @Override
            public Void choice(Note.Choice c) {
                out.bytes.write(CHOICE);
                info(out, c.info());
                out.text(c.question());
                out.text(c.answer());
                out.texts(c.distractors());
                return null;
            }

            @Override
            public Void typed(Note.Typed t) {
                out.bytes.write(TYPED);
                info(out, t.info());
                out.text(t.question());
                out.text(t.answer());
                out.texts(t.accept());
                return null;
            }

            @Override
            public Void trueFalse(Note.TrueFalse t) {
                out.bytes.write(TRUEFALSE);
                info(out, t.info());
                out.text(t.statement());
                out.bytes.write(t.answer() ? 1 : 0);
                return null;
            }
        });
    }

    private static void info(Out out, NoteInfo i) {
        out.text(i.id());
        out.texts(i.tags());
        if (i.source() == null) {
            out.bytes.write(NULL);
        } else {
            out.bytes.write(1);
            out.text(i.source().ref());
            out.count(i.source().line());
        }
        out.text(i.explanation());
        out.location(i.location());
    }

    /** The deck the bytes hold; throws IllegalArgumentException when they are not what {@link #encode} writes. */
    static DeckResult.Ok decode(ByteBuffer in, String file) {
        try {
            In r = new In(in, file);
            String id = r.text();
            String title = r.text();
            String language = r.text();
            String description = r.text();
            List<String> tags = r.texts();
            int sourceCount = r.count();
            List<Source> sources = new ArrayList<>(sourceCount);
            for (int i = 0; i < sourceCount; i++) {
                sources.add(new Source(r.text(), r.text(), r.text(), r.text(), r.text()));
            }
            Location at = r.location();
            int noteCount = r.count();
            List<Note> notes = new ArrayList<>(noteCount);
            for (int i = 0; i < noteCount; i++) {
                notes.add(note(r));
            }
            int problemCount = r.count();
            List<DeckError> problems = new ArrayList<>(problemCount);
            for (int i = 0; i < problemCount; i++) {
                Location l = r.location();
                DeckError.Severity severity = DeckError.Severity.values()[in.get()];
                problems.add(new DeckError(l, severity, r.text(), r.text()));
            }
            if (in.hasRemaining()) {
                throw new IllegalArgumentException("bytes left after the deck");
            }
            return new DeckResult.Ok(new Deck(id, title, language, description, tags, sources, notes, at), problems);
        } catch (BufferUnderflowException | IndexOutOfBoundsException | NullPointerException e) {
            throw new IllegalArgumentException("not a cached deck: " + e);
        }
    }

    private static Note note(In r) {
        byte kind = r.in.get();
        NoteInfo info = info(r);
        switch (kind) {
            case BASIC:
                return new Note.Basic(info, r.text(), r.text(), r.in.get() == 1);
            case CLOZE:
                return new Note.Cloze(info, r.text());
            case CHOICE:
                return new Note.Choice(info, r.text(), r.text(), r.texts());
            case TYPED:
                return new Note.Typed(info, r.text(), r.text(), r.texts());
            case TRUEFALSE:
                return new Note.TrueFalse(info, r.text(), r.in.get() == 1);
            default:
                throw new IllegalArgumentException("unknown note kind " + kind);
        }
    }

    private static NoteInfo info(In r) {
        String id = r.text();
        List<String> tags = r.texts();
        SourceRef source = r.in.get() == NULL ? null : new SourceRef(r.text(), r.count());
        return new NoteInfo(id, tags, source, r.text(), r.location());
    }

    /** Writes counts and texts (a length, -1 for null, then UTF-8). */
    private static final class Out {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        final String file;

        Out(String file) {
            this.file = file;
        }

        void count(int n) {
            bytes.write(n >>> 24);
            bytes.write(n >>> 16);
            bytes.write(n >>> 8);
            bytes.write(n);
        }

        void text(String s) {
            if (s == null) {
                count(-1);
                return;
            }
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            count(b.length);
            bytes.writeBytes(b);
        }

        void texts(List<String> list) {
            count(list.size());
            list.forEach(this::text);
        }

        void location(Location l) {
            if (l == null) {
                bytes.write(NULL);
                return;
            }
            boolean own = l.file() != null && l.file().equals(file);
            bytes.write(own ? 1 : 2);
            if (!own) {
                text(l.file());
            }
            count(l.line());
            count(l.column());
        }
    }

    /** Reads what {@link Out} wrote. */
    private static final class In {
        final ByteBuffer in;
        final String file;

        In(ByteBuffer in, String file) {
            this.in = in;
            this.file = file;
        }

        int count() {
            return in.getInt();
        }

        String text() {
            int len = in.getInt();
            if (len == -1) {
                return null;
            }
            if (len < 0 || len > in.remaining()) {
                throw new IllegalArgumentException("text length out of range");
            }
            String s = new String(in.array(), in.arrayOffset() + in.position(), len, StandardCharsets.UTF_8);
            in.position(in.position() + len);
            return s;
        }

        List<String> texts() {
            int n = in.getInt();
            if (n < 0 || n > in.remaining() / 4) {
                throw new IllegalArgumentException("list length out of range");
            }
            List<String> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(text());
            }
            return out;
        }

        Location location() {
            byte kind = in.get();
            if (kind == NULL) {
                return null;
            }
            String f = kind == 1 ? file : text();
            return new Location(f, in.getInt(), in.getInt());
        }
    }
}
