"""Duplicate groups over folders of real JPEG files built here (pixels by Pillow, metadata by
captions.metadata.write)."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

from PIL import Image, ImageDraw

from captions import metadata
from captions.dupes import GroupKind, find_duplicates

CAPTION = (
    "Harbour pilots guide the Aster Line freighter Mira Dawn into the Fennwick locks "
    "at dawn on Sept. 9, 2025."
)


def picture(seed: int, size: tuple[int, int] = (320, 240)) -> Image.Image:
    """A picture with shapes placed by `seed`: different seeds, different pictures."""
    rng = random.Random(seed)
    image = Image.new("RGB", size, (rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    draw = ImageDraw.Draw(image)
    for _ in range(12):
        x, y = rng.randrange(size[0]), rng.randrange(size[1])
        box = (x, y, x + rng.randrange(20, size[0] // 2), y + rng.randrange(20, size[1] // 2))
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
        draw.rectangle(box, fill=colour) if rng.random() < 0.5 else draw.ellipse(box, fill=colour)
    return image


def jpeg(path: Path, image: Image.Image, caption: str, credit: str, quality: int = 90) -> Path:
    image.save(path, "JPEG", quality=quality)
    metadata.write(path, {"caption": caption, "credit": credit})
    return path


def test_one_caption_pasted_on_two_pictures(tmp_path: Path) -> None:
    a = jpeg(tmp_path / "a.jpg", picture(1), CAPTION, "Ines Farrow/Reuters")
    b = jpeg(tmp_path / "b.jpg", picture(2), CAPTION, "Ines Farrow/Reuters")
    jpeg(tmp_path / "c.jpg", picture(3), "Crowds line the quay for the regatta.", "Ines Farrow")
    report = find_duplicates(images=sorted(tmp_path.iterdir()))
    (group,) = report.groups
    assert group.kind is GroupKind.SAME_CAPTION_DIFFERENT_PICTURES
    assert [m.path for m in group.members] == [str(a), str(b)]
    assert group.severity.value == "warning"


def test_byte_identical_copies_are_identical_files(tmp_path: Path) -> None:
    original = jpeg(tmp_path / "one.jpg", picture(4), CAPTION, "Ines Farrow/Reuters")
    shutil.copyfile(original, tmp_path / "copy.jpg")
    (group,) = find_duplicates(images=sorted(tmp_path.iterdir())).groups
    assert group.kind is GroupKind.IDENTICAL_FILES and group.severity.value == "info"
    assert len(group.members) == 2


def test_resaved_picture_under_two_credits_needs_pixels(tmp_path: Path) -> None:
    image = picture(5, (640, 480))
    jpeg(tmp_path / "big.jpg", image, CAPTION, "Ines Farrow/Reuters", quality=92)
    small = image.resize((400, 300), Image.Resampling.LANCZOS)
    jpeg(tmp_path / "small.jpg", small, CAPTION, "Ines Farrow/AFP via Getty Images", quality=60)
    paths = sorted(tmp_path.iterdir())
    header_only = find_duplicates(images=paths)
    assert [g.kind for g in header_only.groups] == [GroupKind.SAME_CAPTION_DIFFERENT_PICTURES]
    (group,) = find_duplicates(images=paths, pixels=True).groups
    assert group.kind is GroupKind.SAME_PICTURE_DIFFERENT_CAPTIONS
    changes = [(d.change.before, d.change.after) for d in group.differences]
    assert any("Reuters" in before and "Getty" in after for before, after in changes)


def test_same_picture_data_with_other_metadata_is_one_picture(tmp_path: Path) -> None:
    """Without --pixels, a JPEG whose scan is unchanged is still recognised as one picture."""
    first = jpeg(tmp_path / "first.jpg", picture(6), CAPTION, "Ines Farrow/Reuters")
    second = tmp_path / "second.jpg"
    shutil.copyfile(first, second)
    metadata.write(second, {"caption": "Tugboats wait off the Fennwick locks.", "credit": None})
    (group,) = find_duplicates(images=[first, second]).groups
    assert group.kind is GroupKind.SAME_PICTURE_DIFFERENT_CAPTIONS


def test_sibling_captions_on_two_pictures(tmp_path: Path) -> None:
    jpeg(tmp_path / "a.jpg", picture(7), CAPTION.replace("guide", "(L) guide"), "Ines Farrow")
    jpeg(tmp_path / "b.jpg", picture(8), CAPTION.replace("guide", "(2nd R) guide"), "Ines Farrow")
    (group,) = find_duplicates(images=sorted(tmp_path.iterdir())).groups
    assert group.kind is GroupKind.SIBLING
    assert [(d.change.before, d.change.after) for d in group.differences] == [("(L)", "(2nd R)")]


def test_undecodable_picture_is_a_warning_not_a_crash(tmp_path: Path) -> None:
    whole = jpeg(tmp_path / "whole.jpg", picture(9), CAPTION, "Ines Farrow")
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(whole.read_bytes()[:-2000])
    whole.unlink()
    report = find_duplicates(images=[broken], pixels=True)
    assert report.groups == () and len(report.warnings) == 1
    assert "broken.jpg" in report.warnings[0]
