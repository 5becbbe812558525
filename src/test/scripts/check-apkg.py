#!/usr/bin/env python3
"""Reads an .apkg the way a third-party Anki reader does (zipfile + sqlite3, nothing of cuecard) and checks it is a
legacy package: collection.anki2 of schema 11 with the tables and columns of Anki's schema11.sql, note types and
decks as JSON in col, every note of a known note type with as many fields as it declares, every card of a known note
and deck, every revlog row of a known card. Prints one summary line; exits 1 with the problem otherwise.

usage: check-apkg.py FILE.apkg
"""
import json
import os
import sqlite3
import sys
import tempfile
import zipfile

COLUMNS = {
    "col": "id crt mod scm ver dty usn ls conf models decks dconf tags",
    "notes": "id guid mid mod usn tags flds sfld csum flags data",
    "cards": "id nid did ord mod usn type queue due ivl factor reps lapses left odue odid flags data",
    "revlog": "id cid usn ease ivl lastIvl factor time type",
    "graves": "usn oid type",
}


def fail(message):
    print("check-apkg: " + message, file=sys.stderr)
    sys.exit(1)


def main(path):
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        if "collection.anki2" not in names or "media" not in names:
            fail("members are %s, not collection.anki2 and media" % names)
        json.loads(z.read("media"))
        with tempfile.TemporaryDirectory() as d:
            db = os.path.join(d, "collection.anki2")
            with open(db, "wb") as f:
                f.write(z.read("collection.anki2"))
            c = sqlite3.connect(db)
            for table, cols in COLUMNS.items():
                got = " ".join(r[1] for r in c.execute("pragma table_info(%s)" % table))
                if got != cols:
                    fail("table %s has columns %s, not %s" % (table, got, cols))
            ver, models, decks = c.execute("select ver, models, decks from col").fetchone()
            if ver != 11:
                fail("schema version %s, not 11" % ver)
            models = json.loads(models)
            decks = json.loads(decks)
            for mid, m in models.items():
                for key in ("name", "type", "flds", "tmpls", "css", "sortf"):
                    if key not in m:
                        fail("note type %s lacks %s" % (mid, key))
                for t in m["tmpls"]:
                    if not t.get("qfmt") or not t.get("afmt"):
                        fail("note type %s has a template without qfmt/afmt" % m["name"])
            notes = 0
            for nid, mid, flds in c.execute("select id, mid, flds from notes"):
                m = models.get(str(mid))
                if m is None:
                    fail("note %s has an unknown note type %s" % (nid, mid))
                if len(flds.split("\x1f")) != len(m["flds"]):
                    fail("note %s has %d fields, its type %d" % (nid, len(flds.split("\x1f")), len(m["flds"])))
                notes += 1
            cards = 0
            for cid, nid, did in c.execute("select id, nid, did from cards"):
                if c.execute("select 1 from notes where id = ?", (nid,)).fetchone() is None:
                    fail("card %s of a missing note" % cid)
                if str(did) not in decks:
                    fail("card %s in a missing deck %s" % (cid, did))
                cards += 1
            revlog = c.execute("select count(*) from revlog where cid not in (select id from cards)").fetchone()[0]
            if revlog:
                fail("%d revlog rows of missing cards" % revlog)
            reviews = c.execute("select count(*) from revlog").fetchone()[0]
            c.close()
    print("ok: %d notes, %d cards, %d decks, %d reviews" % (notes, cards, len(decks), reviews))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        fail("usage: check-apkg.py FILE.apkg")
    main(sys.argv[1])
