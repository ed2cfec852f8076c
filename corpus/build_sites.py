"""Write ``sites.tsv``: each blog's own address, for the links of its posts.

    python corpus/build_sites.py

A blog's address is the site its own replies are signed with: the commonest
author website among its ``staff-reply`` comments, when at least three of them
agree, or else an author website whose host is the blog's name
(``plainlight-science`` → ``plainlightscience.com``). Profiles (Blogger, Instagram, Facebook, X) are not the blog and are
skipped; on hosts shared by many blogs (``blog.naver.com``, ``ameblo.jp``,
``medium.com``) the first part of the path names the blog. Blogs whose replies
carry no address of their own are left out, and their posts have no link.
Rerun after adding slices, then retrain.
"""

from __future__ import annotations

import collections
import json
from pathlib import Path
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
SHARED_HOSTS = {"blog.naver.com", "ameblo.jp", "medium.com"}
PROFILE_HOSTS = {"blogger.com", "instagram.com", "facebook.com", "twitter.com", "x.com"}
MIN_REPLIES = 3


def blog_address(author_url: str) -> str | None:
    parts = urlsplit(author_url if "//" in author_url else f"http://{author_url}")
    host = parts.netloc.lower().removeprefix("www.")
    if not host or host in PROFILE_HOSTS:
        return None
    if host in SHARED_HOSTS:
        return f"https://{host}/{parts.path.strip('/').split('/')[0]}"
    return f"https://{host}"


def main() -> None:
    seen: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    named: dict[str, str] = {}  # site → an author website named after the blog
    for path in sorted((HERE / "comments").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            address = blog_address(row["author_url"]) if row["author_url"] else None
            if not address:
                continue
            if row["family"] == "staff-reply":
                seen[row["site"]][address] += 1
            first_label = urlsplit(address).netloc.split(".")[0]
            if first_label in (row["site"], row["site"].replace("-", "")):
                named.setdefault(row["site"], address)
    rows = []
    for site in sorted(seen.keys() | named.keys()):
        address, n = seen[site].most_common(1)[0] if seen[site] else ("", 0)
        if n >= MIN_REPLIES:
            rows.append(f"{site}\t{address}")
        elif site in named:
            rows.append(f"{site}\t{named[site]}")
    (HERE / "sites.tsv").write_text("site\turl\n" + "".join(f"{r}\n" for r in rows), encoding="utf-8")
    print(f"wrote sites.tsv: {len(rows)} blogs")


if __name__ == "__main__":
    main()
