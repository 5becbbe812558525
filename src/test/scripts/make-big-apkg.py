#!/usr/bin/env python3
"""Builds a large legacy Anki package for the import benchmark: NOTES Basic notes in DECKS decks, one card each,
REVIEWS revlog rows spread over the cards (a learning answer, then reviews at growing intervals, one in eight
forgotten), seeded so every run builds the same package. Python's zipfile and sqlite3 only.

usage: make-big-apkg.py OUT.apkg [NOTES [REVIEWS [DECKS]]]   (defaults 50000, 1000000, 10)
"""
import json
import os
import random
import sqlite3
import sys
import tempfile
import zipfile

SCHEMA = """
create table col (id integer primary key, crt integer not null, mod integer not null, scm integer not null,
  ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null,
  models text not null, decks text not null, dconf text not null, tags text not null);
create table notes (id integer primary key, guid text not null, mid integer not null, mod integer not null,
  usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null,
  flags integer not null, data text not null);
create table cards (id integer primary key, nid integer not null, did integer not null, ord integer not null,
  mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null,
  ivl integer not null, factor integer not null, reps integer not null, lapses integer not null, left integer not null,
  odue integer not null, odid integer not null, flags integer not null, data text not null);
create table revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null,
  ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null,
  type integer not null);
create table graves (usn integer not null, oid integer not null, type integer not null);
create index ix_cards_nid on cards (nid);
create index ix_revlog_cid on revlog (cid);
"""


def main(out, notes=50000, reviews=1000000, decks=10):
    rnd = random.Random(20)
    start_ms = 1_500_000_000_000
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "collection.anki2")
        c = sqlite3.connect(path)
        c.executescript(SCHEMA)
        models = {"1001": {"id": 1001, "name": "Basic", "type": 0, "flds": [{"name": "Front"}, {"name": "Back"}],
                           "tmpls": [{"name": "Card 1", "qfmt": "{{Front}}", "afmt": "{{Back}}"}]}}
        deck_json = {"1": {"id": 1, "name": "Default"}}
        for i in range(decks):
            deck_json[str(100 + i)] = {"id": 100 + i, "name": "Big::Part %02d" % (i + 1)}
        c.execute("insert into col values (1, 1500000000, 0, 0, 11, 0, 0, 0, '{}', ?, ?, '{}', '{}')",
                  (json.dumps(models), json.dumps(deck_json)))
        c.executemany("insert into notes values (?, ?, 1001, 0, 0, ' big ', ?, '', 0, 0, '')",
                      ((n, "big%07d" % n, "Question <b>%d</b> about item %d?\x1fAnswer %d<br>with a second line"
                        % (n, n * 7, n)) for n in range(1, notes + 1)))
        c.executemany("insert into cards values (?, ?, ?, 0, 0, 0, 2, 2, 0, 1, 2500, 0, 0, 0, 0, 0, 0, '')",
                      ((n * 10, n, 100 + (n % decks)) for n in range(1, notes + 1)))
        per_card = reviews // notes
        extra = reviews - per_card * notes

        def rows():
            for n in range(1, notes + 1):
                at = start_ms + n * 1000
                interval = 1.0
                count = per_card + (1 if n <= extra else 0)
                for k in range(count):
                    if k == 0:
                        yield (at - at % 100_000 + n, n * 10, 3, 8000, 0)
                        continue
                    at += int(interval * 86_400_000) + rnd.randrange(3_600_000)
                    forgot = rnd.randrange(8) == 0
                    ease = 1 if forgot else rnd.choice((2, 3, 3, 3, 4))
                    # ids are unique: the instant to 100 s, then the card's number (up to 100,000 cards)
                    yield (at - at % 100_000 + n, n * 10, ease, 3000 + rnd.randrange(9000), 2 if forgot else 1)
                    interval = 1.0 if forgot else min(interval * (1.2 if ease == 2 else 2.0 if ease == 3 else 3.0), 120)
        c.executemany("insert into revlog values (?, ?, 0, ?, 0, 0, 0, ?, ?)", rows())
        c.commit()
        c.close()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            z.write(path, "collection.anki2")
            z.writestr("media", "{}")


if __name__ == "__main__":
    args = sys.argv[1:]
    if not args:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    main(args[0], *[int(a) for a in args[1:]])
