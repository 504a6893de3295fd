"""fuzz_target: one libFuzzer harness, its replay test and its fuzzer binary."""

def fuzz_target(name, srcs, deps):
    """Declares the harness `name` (LLVMFuzzerTestOneInput in `srcs`).

    - `<name>_replay_test`: runs the harness over corpus/<name>/ (seeds and
      every crash found) with the ordinary toolchain, in `bazel test //...`.
    - `<name>`: the libFuzzer binary, built only by scripts/fuzz.sh with
      `--config=fuzz` (clang, ASan, UBSan); tagged manual so that the
      ordinary build, which has no libFuzzer main, skips it.
    """
    native.cc_library(
        name = name + "_harness",
        testonly = True,
        srcs = srcs,
        deps = deps + [":fuzz_checks"],
        alwayslink = True,
    )
    native.cc_test(
        name = name + "_replay_test",
        srcs = ["replay_test.cc"],
        args = ["tests/fuzz/corpus/" + name],
        data = native.glob(["corpus/" + name + "/**"]),
        deps = [
            ":" + name + "_harness",
            "//tests/testing:files",
            "//third_party/system:gtest",
        ],
    )
    native.cc_binary(
        name = name,
        testonly = True,
        tags = ["manual"],
        deps = [":" + name + "_harness"],
    )
