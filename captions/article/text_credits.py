"""Credits of a scraped page's lines: the trailing credit a line ends with, and a credit printed
again by a viewer.

The credit parser (captions.credit) reads and grades credits; this module decides, for the text
reader, which of its readings to believe on a page's line: a graded or shaped credit, never a bare
name ending a sentence (`... a source told Reuters.`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from captions.article.common import Draft, parse_credit_safely
from captions.article.qualify import credible_credit
from captions.article.text_features import (
    bare_name,
    ends_like_sentence,
    fills_credit_slot,
    firm_label,
    is_cjk,
    labelled_credit,
    names_someone,
    picture_supplier,
    reading_of,
    usage_marker,
    words_of,
)
from captions.credit import credit_confidence as credit_grade
from captions.credit import person_then_organisation, split_trailing_credit
from captions.credit.agencies import AgencyTable, active_agencies
from captions.credit.grammar import CREDIT_LOWER_WORDS
from captions.credit.names import given_names, looks_like_person, starts_with_given_name
from captions.credit.words import credit_words, label_roles

# A line whose credit confidence reaches this is a credit line (the credit parser's grade; on the
# development pages credit lines grade 0.8 to 1, a bare `Name/Organisation` 0.3 to 0.5, prose 0).
CREDIT_LINE = 0.6
# The longest caption line of the development pages has 99 words; longer lines are running text.
_MAX_CAPTION_WORDS = 150
# A credit names people and organisations: the longest that a caption line of the development
# pages ends with runs to 18 words (`Image courtesy Name, Name et al/University/Journal, via X,
# date`); a longer "credit" is the text going on after a sentence that names someone.
_MAX_CREDIT_WORDS = 30


def split_credits(text: str) -> tuple[str, str | None]:
    """Split a believable trailing credit off `text` (the splitter keeps the fullest of two),
    with the active supplier table (`captions.credit.using_agencies`)."""
    return _split_credits(text, active_agencies())


@lru_cache(maxsize=8192)  # keyed by the table too: a configured alias changes the answer
def _split_credits(text: str, table: AgencyTable) -> tuple[str, str | None]:
    if len(text.split()) > _MAX_CAPTION_WORDS:
        return text, None  # running text: no caption is this long
    if "ⓒ" in text:
        # the circled mark Korean pages print is read as `©`, and given back as printed
        read = text.replace("ⓒ", "©")
        caption, credit = _split_credits(read, table)
        return _as_printed(text, read, caption) or caption, _as_printed(text, read, credit)
    caption, credit = _split_spaced(text)
    glued = _glued_credit(text)
    # the fuller of the two: `... matinPhoto : Name / AFP` is no caption ending in `Photo :`
    if glued is not None and (credit is None or len(glued[1]) > len(credit)):
        return glued
    if glued is not None and credit is not None and _runs_into_word(credit, glued[1]):
        return glued  # `... startsAFP via Getty Images`: the splitter ran into the caption's word
    if credit is not None and caption and _bracketed_end(text, credit):
        return _second_credit(text, caption, credit, table)
    return caption, credit


def _runs_into_word(credit: str, glued: str) -> bool:
    """Whether `credit` is the glued credit after the end of a caption's word in lower case
    (`startsAFP via Getty Images`)."""
    head = credit[: len(credit) - len(glued)]
    return credit.endswith(glued) and head.isalpha() and head.islower()


def _bracketed_end(text: str, credit: str) -> bool:
    """Whether `credit` is what the brackets ending `text` hold."""
    end = text.rstrip()
    return end[-1:] in _CLOSING and end[:-1].rstrip().endswith(credit.strip("()[] "))


def _second_credit(text: str, caption: str, credit: str, table: AgencyTable) -> tuple[str, str]:
    """(caption, credit) of a line printing a picture's credit twice, the second in brackets: a
    wire's credit and the one its distributor asks for (`AFP PHOTO / NAME (Photo credit should
    read NAME/AFP via Getty Images)`, `(Photo by Name / AFP) (Photo by NAME/AFP via Getty
    Images)`). The credit before the brackets joins the one in them."""
    end = text.rstrip()
    opening = end.rfind(_CLOSING[end[-1]])
    between = text[len(caption) : opening] if text.startswith(caption) else ""
    if between.strip(" |•·-–—/.,;"):
        # the splitter left the first credit out of both parts
        first = between.strip(" |•·-–—/.,;")
        if not _credit_by_itself(first.strip("()[] ")):
            return caption, credit
        return caption, text[text.index(first, len(caption)) :].strip()
    before, found = _split_credits(caption, table)
    if found is None or not caption.rstrip(" )]").endswith(found.strip("()[] ")[-8:]):
        return caption, credit
    at = text.find(found.strip("()[] "), len(before) - 1 if before else 0)
    if at < 0:
        return caption, credit
    opened = text[:at].rstrip()
    if opened.endswith(("(", "[")):
        at = len(opened) - 1  # the first credit in brackets of its own
    return before, text[at:].strip()


def _as_printed(text: str, read: str, part: str | None) -> str | None:
    """`part` of `read` (`text` with characters swapped one for one) as `text` prints it."""
    at = read.find(part) if part is not None else -1
    return text[at : at + len(part)] if part is not None and at >= 0 else part


def _split_spaced(text: str) -> tuple[str, str | None]:
    caption, credit = split_trailing_credit(text)
    if credit is not None and caption.endswith(_MARKS) and not credit.startswith(_MARKS):
        # `... 축제 ⓒ 뉴스1`: the copyright mark opens the credit the splitter read after it
        caption, credit = caption[:-1].rstrip(), f"{caption[-1]} {credit}"
    apart = _after_bar(text) or _in_parentheses(text, credit)
    if apart is None and credit is None:
        apart = _labelled_tail(text) or _slash_after_sentence(text) or _name_after_stop(text)
    run = _labelled_run(text) or _maker_run(text)
    if run is not None and len(run[1]) > len((apart or (text, credit))[1] or ""):
        return run  # the fuller credit: `... at dawn Image: Name, Name (Institute)`
    if apart is not None:
        return apart
    if credit is None:
        return _leading_credit(text) or (text, None)
    caption, credit = _cut_at_slash(*_cut_at_label(caption, credit))
    if words_of(credit) > _MAX_CREDIT_WORDS:
        return text, None
    printed = _printed(text, credit)
    # A credit the parser grades as one (`Foto: LN`, `Photograph by Name.`, `通讯员王小明 摄`), or
    # one with a credit's shape (`/`, `via`, parentheses); never a bare name ending a sentence
    # (`... a source told Reuters.`).
    graded = not bare_name(credit) and credit_grade(credit, own_line=False) >= CREDIT_LINE
    if (
        not graded
        and not credible_credit(printed, own_line=False)
        and not _set_apart(text, caption, credit)
    ):
        return text, None
    if not names_someone(credit):
        return text, None  # a label with no one after it: `... a statement released by`
    return _maker_before_supplier(text, caption.rstrip(), credit.strip())


# A person's name after the caption's last sentence, right before the supplier in brackets:
# `... at dawn. Marina Lievens (AP)`.
_NAME_AFTER_STOP = re.compile(
    r"^(?P<head>.*[.!?。！？][”\"’»]*)\s+(?P<name>[^\s.!?]+(?:\s+[^\s.!?]+){1,3})$"
)


def _maker_before_supplier(text: str, caption: str, credit: str) -> tuple[str, str]:
    """(caption, credit) with the photographer named between the caption's last sentence and
    a supplier in brackets moved to the credit (`Marina Lievens (AP)`): a caption's sentence
    does not end in a bare name."""
    if _printed(text, credit) == credit or active_agencies().lookup(credit) is None:
        return caption, credit
    named = _NAME_AFTER_STOP.match(caption)
    if named is None or not starts_with_given_name(named["name"]):
        return caption, credit
    if not looks_like_person(named["name"]):
        return caption, credit
    return named["head"], text[named.start("name") :].strip()


# Glue points a line may hold: a caption mentioning a brand (`MacBook`) holds one more than its
# credit's; more are a menu's items joined (`SubscribePrivacy PolicyTerms`).
_MAX_GLUES = 2
# Characters a glued credit may follow besides a word's letters: a digit, a closing bracket or
# quote (`in 2024Photo: X`, `(left)Foto: X`).
_GLUE_AFTER = '0123456789)]”"»’'
# Copyright marks that open a credit.
_MARKS = ("©", "ⓒ")
# Words of a caption before a credit glued to it, and letters of the word the credit is glued to
# (`MondayPhoto:`; `McDonald`, `LaGuardia`, `iPhone` are names, not a glue).
_GLUED_CAPTION_WORDS = 3
_GLUED_WORD_LETTERS = 3


def _glued_credit(text: str) -> tuple[str, str] | None:
    """(caption, credit) of a line whose credit is glued to the caption with no space: a
    scraper joins inline elements as they are (`... on MondayPhoto: Jan Ohlsen`, `... am
    Kai© dpa`, `... the quay.Jan Ohlsen/Orsa Press`, `... harbourGetty Images`). The glue is a
    capital or `©` right after a word's last lower-case letter or its full stop; the credit is
    what follows the first glue whose tail reads as a credit."""
    points = _glue_points(text)
    if len(points) > _MAX_GLUES:
        return None  # `SubscribePrivacy PolicyTerms`: a menu's items joined, or names in a list
    for i in points:
        caption, tail = text[:i].rstrip(), text[i:].strip()
        if words_of(caption) < _GLUED_CAPTION_WORDS or words_of(tail) > _MAX_CREDIT_WORDS:
            continue
        if _glued_tail_credits(tail):
            return caption, tail
    return None


def _glue_points(text: str) -> list[int]:
    points = _uncased_glue_points(text)
    for i in range(_GLUED_WORD_LETTERS, len(text)):
        ch, before = text[i], text[i - _GLUED_WORD_LETTERS : i]
        if not (ch.isupper() or ch in _MARKS):
            continue
        if before.isalpha() and before[-1].islower():
            points.append(i)  # `MondayPhoto`
        elif before[-1] == "." and before[-2].islower():
            points.append(i)  # `Monday.Jan`, not `U.S.`
        elif before[-1] in _GLUE_AFTER and before[-2].isalnum():
            points.append(i)  # `in 2024Photo`, `(left)Foto`
    return sorted(points)


# What ends a label that is a credit's whatever follows it: a colon or an equals sign.
_FIRM_LABEL_END = re.compile(r"[:：=＝፡]\s*$")


def _uncased_glue_points(text: str) -> list[int]:
    """Where a label ended by a colon or an equals sign is glued to a word of a script without
    capitals (`...الرصيفصورة: Name/واس`, `...המזחצילום: Name`): no capital marks the glue, the
    label's punctuation does. Labels are looked for only a label's length before such a sign."""
    if text.isascii():
        return []
    label, points = credit_words().label, []
    for sign in _FIRM_SIGN.finditer(text):
        for start in range(max(1, sign.start() - _LABEL_REACH), sign.start()):
            if not _uncased_letter(text[start - 1]):
                continue
            found = label.match(text, start)
            if found is not None and found.end() > sign.start():
                if _FIRM_LABEL_END.search(found.group()) is not None:
                    points.append(start)
                break
    return points


# A colon or an equals sign, and the characters of a label before it (`Фотография:`, `צילום:`).
_FIRM_SIGN = re.compile(r"[:：=＝፡]")
_LABEL_REACH = 24


def _uncased_letter(ch: str) -> bool:
    """A letter of a script without capitals that prints spaces between words (Arabic, Hebrew,
    Devanagari, Hangul, ...): Chinese and Japanese glue every word, and have their own rules."""
    hangul = 0xAC00 <= ord(ch) <= 0xD7AF
    return ch.isalpha() and not (ch.isupper() or ch.islower()) and (hangul or not is_cjk(ch))


def _glued_tail_credits(tail: str) -> bool:
    """A labelled or graded credit naming someone (`Photo: Name`, `© dpa`), or names only with
    the shape of a credit: a slash (`Name/Agency`) or a picture supplier (`Getty Images`). A
    bare capitalised word or two may be a brand's second half (`ChatGPT`, `CrowdStrike`)."""
    if credit_grade(tail, own_line=True) >= CREDIT_LINE and not bare_name(tail):
        return names_someone(tail)
    return fills_credit_slot(tail) and ("/" in tail or picture_supplier(tail))


# A spaced bar, dash, bullet or slash between a caption and its credit (`caption | Foto: X`,
# `caption - Name/X`, `caption • Photo: X`, `caption / AFP`). A pipe may be glued to either side
# (`caption|Foto: X`: the scraper joins inline elements), and a full-width one has its own space.
_BAR = re.compile(r"\s[|│¦·•–—/-]\s|\s?[|│¦｜]\s?")


def _after_bar(text: str) -> tuple[str, str] | None:
    """(caption, credit) of a line printing its credit after a spaced bar or dash: the longest
    part after one that reads as a credit by itself (`... am Montag | Foto: DPA`, `... de archivo
    - Ana López/Archivo Municipal`, `... del progetto | Ansa`). The splitter reads a credit
    from the line's end and may run back over the bar into the caption (`Nacht | Foto: X`),
    or stop at a label word inside the caption (`imagen de archivo - Name/X`)."""
    for bar in _BAR.finditer(text):
        head, tail = text[: bar.start()].rstrip(), text[bar.end() :].strip()
        if words_of(head) < _GLUED_CAPTION_WORDS or not _credit_by_itself(tail):
            continue
        if "•" in bar.group() and _sponsor(tail):
            continue  # `Webinar - on demand • Provided by X`: a promotion's sponsor
        if "/" in bar.group() and not _slash_sets_apart(head, tail):
            continue
        return head, tail
    return None


def _slash_sets_apart(head: str, tail: str) -> bool:
    """Whether a spaced slash sets a credit apart (`... am Montag / Foto: Name`, `... at dawn /
    Name (AFP)`): the line's first spaced slash, after no credit of its own and no name. A slash
    is a credit's own as often (`... le 7 mai. NAME / AFP`, `Photo by Name / The Daily`), or a
    menu's (`Contact / Terms / Privacy`)."""
    if " / " in head or _credit_by_itself(head) or _unclosed(head):
        return False
    stops = list(_SENTENCE_STOP.finditer(head))
    last = head[stops[-1].end() :] if stops else head
    found, spaced = credit_words(), f"{last} "  # (a bare label ends in its space)
    if found.label.match(last) is not None or found.bare_label.match(spaced) is not None:
        return False  # `... at dawn. Photo by Name / Courtesy of X`: one credit
    if labelled_credit(tail) and firm_label(tail):
        return names_someone(tail)
    words = last.split()
    return not (len(words) <= _MAX_NAME_WORDS and all(w[:1].isupper() for w in words))


def _unclosed(text: str) -> bool:
    """Whether `text` opens a bracket it does not close (`... (Photo by Name`)."""
    return any(text.count(o) > text.count(c) for c, o in _CLOSING.items())


def _sponsor(tail: str) -> bool:
    """Whether a credit after a bullet is a sponsor's (`Provided by X`, `Presented by X`): a
    promotion's card prints its sponsor so (development pages: 3 of 3 such tails)."""
    reading = reading_of(tail)
    label = reading.label if reading is not None else None
    return label is not None and "provided" in label_roles(label)


def _credit_by_itself(tail: str) -> bool:
    """A credit with no caption to vouch for it: labelled and naming someone (`Foto: X`), graded
    as a credit on a line of its own (`Ansa`, `Reuters`), or `Name/Organisation`."""
    if words_of(tail) > _MAX_SLOT_WORDS_AFTER_BAR or ends_like_sentence(tail.rstrip(".")):
        return False
    if labelled_credit(tail) and firm_label(tail):
        return names_someone(tail)
    if credit_grade(tail, own_line=True) >= CREDIT_LINE:
        return True
    return ("/" in tail and fills_credit_slot(tail)) or _usage_marker(tail)


# A usage marker set apart by a bar or brackets has two words at least (`Representational
# image`, `Ảnh minh họa`, `Imagen generada por IA`); one word in brackets (`(file)`, `(map)`)
# is as often the caption's own note.
_MARKER_MIN_WORDS = 2


def _usage_marker(tail: str) -> bool:
    """Whether `tail` is only a usage marker the credit parser reads whole: an illustration, an
    AI-made picture, a file picture, an anonymous source."""
    if not _MARKER_MIN_WORDS <= len(tail.split()) <= _MAX_SLOT_WORDS_AFTER_BAR:
        return False
    reading = reading_of(tail)
    return reading is not None and usage_marker(reading)


# Words of a credit after a bar or a sentence's end: a slot credit of the development pages runs
# to 8 words (text_features._MAX_SLOT_WORDS), and a label adds one or two; a longer tail is a
# title's second half or a sentence.
_MAX_SLOT_WORDS_AFTER_BAR = 10


def _in_parentheses(text: str, credit: str | None) -> tuple[str, str] | None:
    """(caption, credit) of a line ending in a credit in parentheses or square brackets that the
    splitter left in the caption: a label in lower case (`(foto Name/Ansa)`, `(Photo Name.
    AGENCY)`), a bracketed supplier (`[Xinhua]`), or a credit by its own shape (`(Name /
    Orsa Tidende)`)."""
    printed = text.rstrip()
    close = printed[-1:]
    if close not in _CLOSING:
        return None
    opening = printed.rfind(_CLOSING[close])
    inside = printed[opening + 1 : -1].strip()
    if opening <= 0 or not inside or any(ch in inside for ch in "()[]"):
        return None
    if credit is not None and (len(credit.strip("()[] ")) >= len(inside)):
        return None  # the splitter read the whole of it
    capital = inside[:1].upper() + inside[1:]
    labelled = labelled_credit(capital) and firm_label(capital) and names_someone(capital)
    if not (labelled or _label_then_names(inside) or _credit_by_itself(inside)):
        return None
    caption = printed[:opening].rstrip()
    return (caption, inside) if words_of(caption) >= _GLUED_CAPTION_WORDS else None


_CLOSING = {")": "(", "]": "["}


_WORD = re.compile(r"\S+")
# What ends a caption before a labelled credit: a sentence's end, a comma or a semicolon.
_AFTER_STOP = re.compile(r"[.!?,;。！？।॥።۔؟][”\"’')»]*\s*")


def _labelled_tail(text: str) -> tuple[str, str] | None:
    """(caption, credit) of a line ending in a labelled credit whose value is a common word the
    splitter reads as no name (`... do farol. Foto: Divulgação`, `... al amanecer. Foto:
    Cortesía`, `... im Hafen. Bild: Hersteller`): after a sentence's end, the longest labelled
    tail graded as a credit line that names a source."""
    # (a label is looked for only after a stop among the line's last words: a credit is no
    # longer, and the label pattern is too big to try at every word of every line)
    words = [m.start() for m in _WORD.finditer(text)]
    cut = words[max(0, len(words) - _MAX_SLOT_WORDS_AFTER_BAR - 1)] if words else 0
    for stop in _AFTER_STOP.finditer(text, cut):
        start = stop.end()
        if start >= len(text) or credit_words().label.match(text, start) is None:
            continue
        head, tail = text[:start].rstrip(), text[start:].strip()
        if words_of(tail) > _MAX_SLOT_WORDS_AFTER_BAR or ends_like_sentence(tail.rstrip(".")):
            continue
        graded = firm_label(tail) and credit_grade(tail, own_line=True) >= CREDIT_LINE
        if graded and names_someone(tail):
            return head, tail
    return None


# Words of a labelled credit run into its caption with a space only: a slot credit and its
# label (_MAX_SLOT_WORDS_AFTER_BAR), and a second printing of it as Getty's captions add one.
_MAX_RUN_WORDS = 20


def _labelled_run(text: str) -> tuple[str, str] | None:
    """(caption, credit) of a line whose labelled credit follows its caption after a space only,
    as a scraper joins a caption's inline elements (`... at dawn Foto dpa`, `... before the
    match Photo: Name/AFP (Photo by NAME/AFP via Getty Images)`): the first label among the
    line's last words that opens a credit naming someone, after a word of the caption's (ending
    in a lower-case letter or a digit), capitalised unless its script has no capitals."""
    words = [m.start() for m in _WORD.finditer(text)]
    found = credit_words()
    for start in words[max(_GLUED_CAPTION_WORDS, len(words) - _MAX_RUN_WORDS) :]:
        before = text[:start].rstrip()
        if not before[-1:].isalnum() or before[-1:].isupper() or text[start].islower():
            continue
        if found.label.match(text, start) is None and found.bare_label.match(text, start) is None:
            continue
        tail = text[start:].strip()
        if not (labelled_credit(tail) and firm_label(tail) and names_someone(tail)):
            continue
        if not _names_as_printed(tail):
            continue  # `... die schönsten Fotos von der Versteigerung`: a sentence's words
        if credit_grade(tail, own_line=True) >= CREDIT_LINE and not ends_like_sentence(tail):
            return before, tail
    return None


def _maker_run(text: str) -> tuple[str, str] | None:
    """(caption, credit) of a line whose unlabelled credit follows its caption after a space
    only and opens with the photographer's name, a common given name first, and names the
    supplier too, with a credit's mark between them (`... at dawn Ines Varga/AFP`, `... at dawn
    ANA BERG / Orsa Times`, `... at dawn Jenna Fox | Orsa Tribune`): the first such name after
    a word of the caption's (opening and ending in lower case). A name alone is the caption's
    own (`... with Ana Berg`), and so is one before a supplier in brackets (`... with Marina
    Lievens (AP)`)."""
    words = [m.start() for m in _WORD.finditer(text)]
    for start in words[max(_GLUED_CAPTION_WORDS, len(words) - _MAX_SLOT_WORDS_AFTER_BAR) :]:
        before = text[:start].rstrip()
        if not before[-1:].isalnum() or before[-1:].isupper() or not text[start].isupper():
            continue
        last = before.split()[-1]
        if not last[:1].islower() or last.casefold() in CREDIT_LOWER_WORDS or _unclosed(before):
            continue  # within a name (`Ana Berg`), after a label (`Photo by`), in brackets
        tail = text[start:].strip()
        if not starts_with_given_name(tail) or ends_like_sentence(tail):
            continue
        reading = reading_of(tail)
        if reading is None or reading.unrecognized or reading.label is not None:
            continue
        found = reading.credit
        if not found.photographers or not (found.agencies or found.distributor):
            continue
        if not _names_as_printed(tail) or not tail.casefold().startswith(
            found.photographers[0].casefold()
        ):
            continue
        known = active_agencies().lookup(found.agencies[0]) if found.agencies else None
        if _MAKER_MARK.search(tail) and (known or credible_credit(tail, own_line=False)):
            return before, tail  # (`Name for Organisation` alone is a headline's as often)
    return None


# Marks between a photographer and the supplier: a slash, a bar, a bullet or `©`. A supplier in
# brackets after a name is the caption's own name's credit as often (`... with Name (AP)`).
_MAKER_MARK = re.compile(r"[/|•©／]")


def _names_as_printed(credit: str) -> bool:
    """Whether every name the parser reads in `credit` opens as a name does: with a capital, in a
    script without capitals, or as a supplier the registry knows (`dpa`)."""
    reading = reading_of(credit)
    if reading is None:
        return False
    found = reading.credit
    names = [*found.photographers, *found.agencies, *filter(None, [found.distributor])]
    lookup = active_agencies().lookup
    return all(not n[:1].islower() or lookup(n) is not None for n in names)


def _slash_after_sentence(text: str) -> tuple[str, str] | None:
    """(caption, credit) of a line ending, after its caption's last sentence, in an unlabelled
    `Name/Organisation` credit the registry does not know (`... in Tessin. Jens Albrecht/
    Heimatverein`): names and organisations only, by the credit parser's reading; or in a
    person then the organisation the picture was made for (`... am Kai. Lena Vogt für die
    Orsaer Zeitung`)."""
    stops = list(_CLAUSE_STOP.finditer(text))
    if not stops:
        return None
    head, tail = text[: stops[-1].end()].rstrip(), text[stops[-1].end() :].strip()
    if words_of(head) < _GLUED_CAPTION_WORDS or not 1 < words_of(tail) <= _MAX_SLOT_WORDS_AFTER_BAR:
        return None  # (`Yes/No`: a name has two words at least)
    if "/" in tail and fills_credit_slot(tail):
        return head, tail
    return (head, tail) if person_then_organisation(tail) else None


# A sentence's end before the credit that follows it.
_SENTENCE_STOP = re.compile(r"[.!?。！？।॥።۔؟][”\"’')»]*\s+")
# ... or a clause's: `... at dawn, Name/AFP`, `... at dawn; Name/Orsa Tidende`.
_CLAUSE_STOP = re.compile(r"[.!?,;。！？，；।॥።۔؟][”\"’')»]*\s+")
# Words of the names after a label noun in parentheses (`(Foto Name Surname. AGENCY NAME)`):
# two at least (`(Photo Gallery)` names a page).
_MAX_NAMED_WORDS = 6


def _label_then_names(inside: str) -> bool:
    """Whether a parenthesised text is a label noun and names only: every word after the noun
    capitalised (`Φωτογραφία Name Surname. AGENCY PRESS`), read as a credit though the parser
    places no name the registry does not know."""
    label = credit_words().bare_label.match(inside)
    if label is None:
        return False
    words = inside[label.end() :].split()
    if not 1 < len(words) <= _MAX_NAMED_WORDS:
        return False
    return all(w[:1].isupper() and not ends_like_sentence(w.rstrip(".")) for w in words)


# A credit printed before the caption on its line: `(Foto: Name) Caption`, `© Agency | Caption`,
# `Photo: Name – Caption`.
_LEADING = re.compile(
    r"^\((?P<paren>[^()]{3,80})\)\s*(?P<after>\S.*)$|^(?P<head>[^|–—]{3,80}?)\s+[|–—]\s+(?P<rest>\S.*)$"
)


# A sentence's end, closing quotes and brackets aside.
_SENTENCE_END = re.compile(r"[.!?。！？।॥።۔؟][”\"’')»]*$")


def _cut_at_label(caption: str, credit: str) -> tuple[str, str]:
    """(caption, credit) with a credit that runs back over the caption's last sentence cut at its
    label: in a script without capitals (Hangul) the splitter may read the sentence's words as
    names (`낡은 부두에서 ... 있다. (사진=김민수 기자)`); a credit holds no sentence end before its
    label, so the sentence goes back to the caption."""
    starts = [i for i in credit_words().label_starts(credit) if i > 0]
    if not starts or any(ch.isupper() or ch.islower() for ch in credit[: starts[0]]):
        return caption, credit  # (a cased script's splitter tells names by their capitals)
    for start in starts:
        # `... 축제 © 뉴스1`, `... 축제 /사진=Name 제공`: a copyright mark opens its credit, and a
        # slash or a bar sets a label apart
        head = credit[:start].rstrip(" (（[")
        if credit[start] in _MARKS or head.endswith(("/", "|", "｜")):
            return _given_back(caption, credit, start)
    head = credit[: starts[-1]].rstrip(" (（[")
    if any(ch.isupper() or ch.islower() for ch in head) or not _SENTENCE_END.search(head):
        return caption, credit
    return _given_back(caption, credit, starts[-1])


def _given_back(caption: str, credit: str, start: int) -> tuple[str, str]:
    """The credit's part before `start` given back to the caption."""
    head = credit[:start].rstrip(" (（[/|｜")
    return f"{caption} {head}".strip(), credit[start:].strip(" ()（）[]")


def _cut_at_slash(caption: str, credit: str) -> tuple[str, str]:
    """(caption, credit) with the caption's words before a credit's spaced slash given back: the
    part before the first slash of a credit names someone, so a part that opens with a lower-case
    word (`... вид с мола / РИА Новости`, `... at night / Name/AFP`) or ends a sentence (`... 밤
    풍경. /연합뉴스`) is the caption's end."""
    slash = credit.find("/")
    if slash <= 0:
        return caption, credit
    head = credit[:slash].strip()
    first = head.split()[0] if head.split() else ""
    lower = first[:1].islower() and first.casefold() not in CREDIT_LOWER_WORDS
    uncased = not any(ch.isupper() or ch.islower() for ch in head)
    if not (lower or (uncased and _SENTENCE_END.search(head))):
        return caption, credit
    rest = credit[slash:].lstrip("/ ").strip()
    if not rest or labelled_credit(head) or active_agencies().lookup(head):
        return caption, credit  # `ullstein bild/Getty Images`: an agency in its house style
    return f"{caption} {head}".strip(), rest


def _leading_credit(text: str) -> tuple[str, str] | None:
    """(caption, credit) of a line that prints a labelled or `©` credit before its caption."""
    match = _LEADING.match(text.strip())
    if match is None:
        return None
    credit = match["paren"] or match["head"]
    caption = match["after"] or match["rest"]
    if not (credit.startswith("©") or labelled_credit(credit)) or len(caption.split()) < 3:
        return None
    if credit_grade(credit, own_line=True) < CREDIT_LINE or not names_someone(credit):
        return None
    return caption.strip(), credit.strip()


# What sets a credit apart from its caption's last sentence: a dash, a bar, a dot.
_APART = re.compile(r"(?:[.!?。][”\"’')»]*|\s[-–—|·•])$")


def _set_apart(text: str, caption: str, credit: str) -> bool:
    """Whether bare name `credit` is printed apart from its caption as a credit: a picture
    supplier the registry knows (`Getty Images`, `dpa`), after the caption's full stop or a dash
    or bar, with no stop of its own (`... on Monday. Getty Images`, `... harbour – Reuters`; not
    `... a source told Reuters.`)."""
    printed = text.rstrip()
    if not printed.endswith(credit) or len(printed) == len(credit):
        return False
    if not picture_supplier(credit) or ends_like_sentence(credit):
        return False
    return bool(_APART.search(printed[: -len(credit)].rstrip()))


# Words of a name printed as a credit after the caption's full stop or a bar (`... quay. Kai
# Berg`, `... sábado | Rui Carvalho`): a person's two or three names (invented HTML pages,
# tests/fixtures/articles/html_to_text half A: 2 to 4).
_MIN_NAME_WORDS = 2
_MAX_NAME_WORDS = 4
# What a name credit follows: a full stop after a lower-case word (spaced, or glued by a scraper
# joining a caption's span and its credit's: `... mars.Ola Strand`; not `Dr.` or `U.S.`) or a
# pipe; not a closing quote (a pull quote's speaker), a question, or a dash (`... said the mayor
# - Name` ends a sentence).
_NAME_APART = re.compile(r"(?<=[^\W\d_A-Z][^\W\d_A-Z])\.\s*|\s?[|│¦]\s?")


def _name_after_stop(text: str) -> tuple[str, str] | None:
    """(caption, credit) of a line ending in a person's name set apart as a credit: after its
    caption's last full stop or a pipe, a given name (data/given_names.json) and a surname or
    two, capitalised, with no stop or comma (`... at the north quay. Kai Berg`, `... mars.Ola
    Strand`, `... sábado | Rui Carvalho`). A headline in title case ending so (`... Bad
    Intentions. It's Bad Boundaries`) and a footer (`... Miembro de GDA. Grupo de Diarios
    América`) name no one."""
    stops = list(_NAME_APART.finditer(text))
    if not stops:
        return None
    head, tail = text[: stops[-1].start() + 1].rstrip(" |│¦"), text[stops[-1].end() :].strip()
    words = tail.split()
    if words_of(head) < _GLUED_CAPTION_WORDS:
        return None
    if not _MIN_NAME_WORDS <= len(words) <= _MAX_NAME_WORDS:
        return None
    if any(not w[:1].isupper() or not w.isalpha() for w in (words[0], words[-1])):
        return None  # (`Currently, I`, `It's Bad`: no name)
    if words[0].casefold() not in given_names() or _title_case(head):
        return None
    return (head, tail) if fills_credit_slot(tail) else None


# A headline capitalises most of its words; a caption's sentence a few (development pages'
# captions: at most half of their words of four letters or more).
_TITLE_CASE_PART = 0.6


def _title_case(text: str) -> bool:
    words = [w for w in text.split() if len(w) > 3 and w[:1].isalpha()]
    return bool(words) and sum(w[:1].isupper() for w in words) / len(words) >= _TITLE_CASE_PART


# A credit printed in full-width brackets after a CJK caption: `（X）`, `【X】` (a link list in a
# cased script prints its outlet in brackets after a title: `Storm closes the quay (Reuters)`).
_BRACKETED_END = re.compile(
    r"(?<=[\u3000-\u9fff\uac00-\ud7af])[（【](?P<inside>[^（）【】]+)[）】]$"
)


def credits_chart(credit: str) -> bool:
    """Whether a credit list names a chart's data source and its maker (`Source: Council;
    graphic: Name`, `Quelle: Landesamt; Grafik: Name`, `Source : Direction ... ; infographie :
    Name`): a graphic's own credit box, printed with no caption of its own. Its parts are
    parted by `;`; one opens with a source label, another with an illustration label."""
    parts = [part.strip() for part in credit.split(";")]
    if len(parts) < 2:
        return False
    sources = credit_words().words("source")
    heads = [part.split(":")[0].strip().casefold() for part in parts if ":" in part]
    return any(head in sources for head in heads) and any(
        "illustration" in label_roles(f"{head}:") for head in heads
    )


def printed_apart(line: str, credit: str) -> bool:
    """Whether trailing `credit` is printed apart as a credit, whatever the caption's length (a
    bare name after a caption's words alone may be a sentence's end): a picture supplier the
    registry knows after a spaced bar, dash or slash (`... del progetto | Ansa`, `... у причала
    / РИА Новости`) or in full-width brackets after a CJK caption (`...灯火通明（视觉中国）`), or
    a label noun and names in parentheses (`... (Φωτογραφία Name. AGENCY)`)."""
    printed = line.rstrip()
    if printed.endswith(f"({credit})") and _label_then_names(credit):
        return True
    bracketed = _BRACKETED_END.search(printed)
    if bracketed is not None and bracketed["inside"].strip() == credit:
        return picture_supplier(credit)
    if not printed.endswith(credit) or not picture_supplier(credit):
        return False
    before = printed[: -len(credit)]
    if before.endswith(" / ") or before.endswith(" /"):
        return True
    if before.endswith(("＝", "=")) and any(map(is_cjk, before[-3:])):
        return True  # `花火大会の様子＝共同`: a Japanese caption's credit after `＝`
    return bool(_BAR.search(before[-3:] + " "))


def delimited_label(line: str, credit: str) -> bool:
    """Whether trailing `credit` opens with a label ended by a colon, or is printed in
    parentheses with a label (`(Foto: X)`, `写真：X`), not a label run into a phrase."""
    if not labelled_credit(credit):
        return False
    head = credit.split()[0] if credit.split() else ""
    return head.endswith((":", "：")) or "：" in credit[:4] or line.rstrip().endswith(")")


def _printed(text: str, credit: str) -> str:
    """The credit with the parentheses or brackets it was printed in (the splitter removes
    them): `(AP)`, `[Xinhua]`."""
    for opening, closing in (("(", ")"), ("[", "]")):
        if text.rstrip().endswith(f"{opening}{credit}{closing}"):
            return f"({credit})"  # (the shape credible_credit knows)
    return credit


# A viewer prints a caption's credit again on a line of its own a few lines below it
# (development pages: up to four blocks, eight lines).
_CREDIT_REPEAT_LINES = 8


def repeats_credit(draft: Draft, others: list[Draft]) -> bool:
    """Whether credit-only `draft` repeats the credit printed with a caption a few lines above or
    below it (a viewer printing the credit again: `Photo: Name, AP` under `... (AP Photo/Name)`)."""
    if draft.text or not draft.credit_raw:
        return False
    mine = credit_names(draft.credit_raw)
    for other in others:
        if other is draft or abs(draft.span.line - other.span.line) > _CREDIT_REPEAT_LINES:
            continue
        # Only a credit printed on the caption's own line is printed again; a credit line of its
        # own under each caption (slides) is each photo's credit.
        if not (other.text and other.credit_raw and "\n" not in other.raw):
            continue
        theirs = credit_names(other.credit_raw)
        if mine[0]:
            if all(_same_name(name, theirs[0]) for name in mine[0]):
                return True  # the same photographers, above or below
        elif (
            not theirs[0] and mine[1] and mine[1] == theirs[1] and other.span.line < draft.span.line
        ):
            return True  # the same agencies, printed again below the caption
    return False


def _same_name(name: str, others: frozenset[str]) -> bool:
    """`name` is one of `others`, or ends one of them after a word of its own (a caption's
    trailing credit split one word early: `D.C. Name/AP` read as `C. Name`)."""
    return any(other == name or other.endswith(" " + name) for other in others)


def credit_names(raw: str) -> tuple[frozenset[str], frozenset[str]]:
    """(photographers, photographers and agencies) of a printed credit, case folded."""
    credit = parse_credit_safely(raw, "")
    if credit is None:
        return frozenset(), frozenset()
    people = frozenset(n.casefold() for n in credit.photographers)
    return people, people | frozenset(n.casefold() for n in credit.agencies)


__all__ = [
    "CREDIT_LINE",
    "credit_names",
    "credits_chart",
    "delimited_label",
    "repeats_credit",
    "printed_apart",
    "split_credits",
]
