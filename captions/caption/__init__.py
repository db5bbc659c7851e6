"""A caption's text, made comparable: the one home of caption normalization.

Every package that compares or cleans caption text imports from these modules (article grouping,
dupes, match, check, audit); the package itself imports nothing, so that `fold` stays cheap:

- normalize: `clean_text` (characters and spaces), `strip_labels` (`Main image:`), `strip_credit`
  (the credit printed after the caption, recognised by captions.credit), `normalize_caption`,
  `caption_key` (equal for two printings of one caption), `caption_tokens`;
- fold: `fold`, no case, accents or strokes (`Ødegren` = `odegren`);
- counters: a slide counter (`Bild 3 von 12`, `写真 2/5`), words in data/slide_counters.json;
- dates: the date a caption mentions, and a gallery's date stamp before it (`leading_date`);
- markers: position markers `(C)`, `(2nd L)`, `(second from left)`, `(L-R)` read and normalized;
- boilerplate: what agencies wrap around a caption (dateline, slug, asset number, editors' notes,
  appended credits), removed before captions of one picture from two sources are compared.
"""
