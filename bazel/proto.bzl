"""C++ code generated from .proto files by Debian's protoc and grpc_cpp_plugin.

Bazel 4.2.3's proto rules would download protobuf; these genrules call the
system compilers instead. Imports are resolved from the workspace root and
/usr/include (for google/protobuf/*.proto).
"""

def _stem(src):
    return src[:-len(".proto")]

def _protoc(out_flags, srcs):
    return " ".join(
        ["protoc -I. -I/usr/include"] + out_flags +
        ["$(location %s)" % s for s in srcs],
    )

def factcheck_cc_proto(name, srcs, proto_deps = [], deps = [], visibility = None, testonly = False):
    """Messages of `srcs` as one cc_library called `name`.

    Args:
      name: the cc_library.
      srcs: .proto files of this package.
      proto_deps: .proto files (labels) that `srcs` import from other packages.
      deps: the cc libraries generated from `proto_deps`.
      visibility: of the cc_library.
      testonly: as for any rule.
    """
    hdrs = [_stem(s) + ".pb.h" for s in srcs]
    ccs = [_stem(s) + ".pb.cc" for s in srcs]
    native.genrule(
        name = name + "_pb",
        srcs = srcs + proto_deps,
        outs = hdrs + ccs,
        cmd = _protoc(["--cpp_out=$(GENDIR)"], srcs),
        testonly = testonly,
    )
    native.cc_library(
        name = name,
        srcs = ccs,
        hdrs = hdrs,
        deps = deps + ["//third_party/system:protobuf"],
        visibility = visibility,
        testonly = testonly,
    )

def factcheck_cc_grpc(name, srcs, messages, proto_deps = [], visibility = None, testonly = False):
    """gRPC stubs of the services in `srcs`, on top of the `messages` library."""
    hdrs = [_stem(s) + ".grpc.pb.h" for s in srcs]
    ccs = [_stem(s) + ".grpc.pb.cc" for s in srcs]
    native.genrule(
        name = name + "_grpc_pb",
        srcs = srcs + proto_deps,
        outs = hdrs + ccs,
        cmd = _protoc([
            "--grpc_out=$(GENDIR)",
            "--plugin=protoc-gen-grpc=/usr/bin/grpc_cpp_plugin",
        ], srcs),
        testonly = testonly,
    )
    native.cc_library(
        name = name,
        srcs = ccs,
        hdrs = hdrs,
        deps = [
            messages,
            "//third_party/system:grpc",
        ],
        visibility = visibility,
        testonly = testonly,
    )
