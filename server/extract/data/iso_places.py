#!/usr/bin/env python3
"""Writes the place gazetteer server/extract embeds: one line per name,
"name<TAB>country", from Debian's iso-codes (ISO 3166-1 countries and ISO
3166-2 subdivisions, /usr/share/iso-codes/json). Run by the build; the
package's data is never copied into the repository.

A country's names (its name, common and official names) map to its common
name, or to the name news copy calls it where ISO gives none it uses
(NEWS_NAMES: "Russian Federation" is Russia, "T\u00fcrkiye" Turkey); a
country ISO names only the inverted way ("Palestine, State of") is
called what news copy calls it, the name before the comma ("Palestine"),
unless another country has that name ("Congo, The Democratic Republic of
the" is then "Democratic Republic of the Congo"); a subdivision's name
("Florida", "Sindh", "Al Haouz") to the common name of its country. A name
several countries share ("Punjab", "Florida") maps to each of them,
separated by "|": the document around it decides.
"""
import json
import sys

ISO = "/usr/share/iso-codes/json/"

# Countries whose ISO names (name, common and official) are none of the
# names English-language news calls them by.
NEWS_NAMES = {
    "BN": "Brunei",
    "CV": "Cape Verde",
    "RU": "Russia",
    "TL": "East Timor",
    "TR": "Turkey",
    "VA": "Vatican",
}

# Subdivisions whose ISO name is a common English word ("Central",
# "Western", "North", "Coast"): in copy the word is a description far more
# often than the place ("Central government officials said", "Western
# governments"), so only their longer names ("Western Province") are kept.
COMMON_WORD_NAMES = {
    "Central", "Centre", "Coast", "Delta", "East", "Eastern", "Gulf", "Lakes",
    "Littoral", "Midlands", "North", "North-West", "Northern", "Plateau",
    "South", "South-West", "Southern", "West", "Western",
}

# Subdivisions English-language news calls by a name ISO does not give
# (ISO names China's autonomous regions in Chinese: "Xizang Zizhiqu").
SUBDIVISION_NEWS_NAMES = {
    "CN-GX": "Guangxi",
    "CN-NM": "Inner Mongolia",
    "CN-NX": "Ningxia",
    "CN-XJ": "Xinjiang",
    "CN-XZ": "Tibet",
}


def uninverted(name, plain):
    """"Palestine, State of" as copy names it: "Palestine"; "Congo, The
    Democratic Republic of the", whose first part names another country,
    "Democratic Republic of the Congo". Other names as they are."""
    first, comma, form = name.partition(", ")
    if not comma or not (form.endswith(" of") or form.endswith(" of the")):
        return name
    if first not in plain:
        return first
    if form.startswith("The "):
        form = form[len("The "):]
    return "%s %s" % (form, first)


def countries():
    """ISO 3166-1's countries, as iso-codes lists them."""
    return json.load(open(ISO + "iso_3166-1.json", encoding="utf-8"))["3166-1"]


def news_name(country, plain):
    """The name news copy calls an ISO 3166-1 `country` by; `plain`: the
    countries' names that are not inverted."""
    return (NEWS_NAMES.get(country["alpha_2"]) or country.get("common_name") or
            uninverted(country["name"], plain))


def news_names():
    """Each country's news name by its ISO 3166-1 alpha-2 code."""
    listed = countries()
    plain = {c["name"] for c in listed if "," not in c["name"]}
    return {c["alpha_2"]: news_name(c, plain) for c in listed}


def main():
    subdivisions = json.load(open(ISO + "iso_3166-2.json", encoding="utf-8"))["3166-2"]
    common = {}
    names = {}
    listed = countries()
    plain = {c["name"] for c in listed if "," not in c["name"]}
    for c in listed:
        canonical = news_name(c, plain)
        names.setdefault(canonical, set()).add(canonical)
        common[c["alpha_2"]] = canonical
        for key in ("name", "common_name", "official_name"):
            name = c.get(key)
            if name and "," not in name:
                names.setdefault(name, set()).add(canonical)
    country_names = set(names)
    for s in subdivisions:
        country = common.get(s["code"].split("-")[0])
        name = s["name"]
        if (not country or "," in name or "(" in name or name in country_names
                or name in COMMON_WORD_NAMES):
            continue
        names.setdefault(name, set()).add(country)
        if s["code"] in SUBDIVISION_NEWS_NAMES:
            names.setdefault(SUBDIVISION_NEWS_NAMES[s["code"]], set()).add(country)
        # "Hubei Sheng" is "Hubei" in English copy.
        for suffix in (" Sheng", " Shi", " Zizhiqu"):
            if name.endswith(suffix):
                names.setdefault(name[:-len(suffix)], set()).add(country)
    out = sys.stdout
    out.write("# name\tcountries (generated from Debian's iso-codes by iso_places.py)\n")
    for name in sorted(names):
        out.write("%s\t%s\n" % (name, "|".join(sorted(names[name]))))


if __name__ == "__main__":
    main()
