#include "tests/testing/busy_server.h"

#include <memory>

#include "absl/strings/str_cat.h"
#include "grpcpp/create_channel.h"
#include "grpcpp/security/credentials.h"
#include "protos/factcheck_service.grpc.pb.h"
#include "tests/testing/client_context.h"

namespace factcheck::testing {

BusyServer::BusyServer(int port, int callers, size_t text_bytes) {
  // News-like text long enough that extracting it keeps a turn busy for a
  // while: many sentences, each with a claim.
  std::string text;
  while (text.size() < text_bytes) {
    absl::StrAppend(&text, "At least ", text.size() % 97 + 3,
                    " people were killed in Gaza, officials said. ");
  }
  const std::shared_ptr<v1::FactCheck::Stub> stub = v1::FactCheck::NewStub(
      grpc::CreateChannel(absl::StrCat("127.0.0.1:", port),
                          grpc::InsecureChannelCredentials()));
  for (int i = 0; i < callers; ++i) {
    callers_.emplace_back([this, stub, text] {
      v1::ExtractClaimsRequest request;
      request.set_text(text);
      while (!stop_) {
        v1::ExtractClaimsResponse response;
        (void)stub->ExtractClaims(ClientContextWithDeadline().get(), request,
                                  &response);
      }
    });
  }
}

BusyServer::~BusyServer() {
  stop_ = true;
  for (std::thread& caller : callers_) caller.join();
}

}  // namespace factcheck::testing
