"""Embeds a data file (a lexicon) into a C++ library as a string constant."""

def embedded_text(name, src, symbol, namespace):
    """A cc_library `name` defining `extern const char symbol[]` with src's text.

    The data stays a data file that people edit; the binary needs no file at
    run time. Declare the symbol where it is used:
    `extern const char symbol[];` inside `namespace`.
    """
    native.genrule(
        name = name + "_cc",
        srcs = [src],
        outs = [name + ".cc"],
        cmd = ("(echo 'namespace " + namespace + " {'; " +
               "echo 'extern const char " + symbol + "[] = R\"embedded('; " +
               "cat $<; echo ')embedded\";'; echo '}') > $@"),
    )
    native.cc_library(
        name = name,
        srcs = [name + ".cc"],
    )
