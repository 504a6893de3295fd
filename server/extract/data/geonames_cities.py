#!/usr/bin/env python3
"""Writes the city gazetteer server/extract embeds: one line per name,
"name<TAB>countries", from Debian's libgeonames (GeoNames' cities of 15,000
people or more, CC BY 4.0, read through the library's C API with ctypes).
Run by the build; the package's data is never copied into the repository.

A city is named as GeoNames names it ("Beirut", "Kramatorsk", "Uvalde"),
its country as iso_places.py names countries ("United States", "Russia"),
so that a city's country is a place claims are keyed on. A name cities of
several countries share ("Christchurch": New Zealand and the United Kingdom)
maps to each of them, separated by "|": the document around it decides.
"""
import ctypes
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import iso_places  # noqa: E402


def cities():
    """(name, ISO 3166-1 alpha-2 code) of every city libgeonames knows."""
    library = ctypes.CDLL("libgeonames.so.0")
    library.geonames_get_city.restype = ctypes.c_void_p
    library.geonames_get_city.argtypes = [ctypes.c_int]
    library.geonames_city_free.argtypes = [ctypes.c_void_p]
    for getter in ("geonames_city_get_name", "geonames_city_get_country_code"):
        getattr(library, getter).restype = ctypes.c_char_p
        getattr(library, getter).argtypes = [ctypes.c_void_p]
    for index in range(library.geonames_get_n_cities()):
        city = library.geonames_get_city(index)
        try:
            yield (library.geonames_city_get_name(city).decode("utf-8"),
                   library.geonames_city_get_country_code(city).decode("ascii"))
        finally:
            library.geonames_city_free(city)


def main():
    country_names = iso_places.news_names()
    names = {}
    for name, code in cities():
        # Kosovo ("XK") has no ISO 3166-1 code: its cities are left out.
        if code in country_names and "\t" not in name and "|" not in name:
            names.setdefault(name, set()).add(country_names[code])
    out = sys.stdout
    out.write("# name\tcountries (generated from Debian's libgeonames by "
              "geonames_cities.py)\n")
    for name in sorted(names):
        out.write("%s\t%s\n" % (name, "|".join(sorted(names[name]))))


if __name__ == "__main__":
    main()
