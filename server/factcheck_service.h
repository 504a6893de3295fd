// The factcheck.v1.FactCheck gRPC service: each method asks core::AccessControl
// whether its caller may call it, then converts and delegates to
// core::FactChecker, where every rule lives.
//
// The unary methods use gRPC's callback API: gRPC's own few threads take
// a call and hand its work to the work gate's threads (core/work_slots.h),
// which answer it; a call waiting for a turn holds no thread. The
// VerifyDocuments stream is synchronous: a thread of its own reads and
// answers it, each document taking a turn.
#ifndef FACTCHECK_SERVER_FACTCHECK_SERVICE_H_
#define FACTCHECK_SERVER_FACTCHECK_SERVICE_H_

#include "google/protobuf/arena.h"
#include "grpcpp/support/message_allocator.h"
#include "protos/factcheck_service.grpc.pb.h"
#include "server/core/access.h"
#include "server/core/fact_checker.h"
#include "server/core/work_slots.h"

namespace factcheck::server {

// The unary methods on the callback API, the stream on the synchronous one.
using FactCheckMethods =
    factcheck::v1::FactCheck::WithCallbackMethod_ExtractClaims<
        factcheck::v1::FactCheck::WithCallbackMethod_VerifyDocument<
            factcheck::v1::FactCheck::WithCallbackMethod_IngestReports<
                factcheck::v1::FactCheck::WithCallbackMethod_GetReport<
                    factcheck::v1::FactCheck::WithCallbackMethod_ListReports<
                        factcheck::v1::FactCheck::
                            WithCallbackMethod_DeleteReport<
                                factcheck::v1::FactCheck::
                                    WithCallbackMethod_SearchClaims<
                                        factcheck::v1::FactCheck::
                                            Service>>>>>>>;

// A unary call's request and response on a protobuf arena of the call's
// own, freed at once when gRPC is done with the call. A verification's or
// an extraction's answer is hundreds of small messages (a verdict's
// evidence, a claim with its spans and strings); on the heap each was
// allocated and freed one by one.
template <typename Request, typename Response>
class ArenaPerCall final : public grpc::MessageAllocator<Request, Response> {
 public:
  grpc::MessageHolder<Request, Response>* AllocateMessages() override {
    return new Messages();
  }

 private:
  class Messages final : public grpc::MessageHolder<Request, Response> {
   public:
    Messages() {
      this->set_request(
          google::protobuf::Arena::CreateMessage<Request>(&arena_));
      this->set_response(
          google::protobuf::Arena::CreateMessage<Response>(&arena_));
    }
    void Release() override { delete this; }

   private:
    google::protobuf::Arena arena_;
  };
};

class FactCheckService final : public FactCheckMethods {
 public:
  // None is owned; all must outlive the service. `access` null: every
  // caller may call every method (no tokens file). Every call, and every
  // document of a stream, takes a turn from `slots`; unary calls run on its
  // threads.
  FactCheckService(core::FactChecker* checker,
                   const core::AccessControl* access, core::WorkSlots* slots)
      : checker_(checker), access_(access), slots_(slots) {
    SetMessageAllocatorFor_ExtractClaims(&extract_messages_);
    SetMessageAllocatorFor_VerifyDocument(&verify_messages_);
  }

  grpc::ServerUnaryReactor* ExtractClaims(
      grpc::CallbackServerContext* context,
      const factcheck::v1::ExtractClaimsRequest* request,
      factcheck::v1::ExtractClaimsResponse* response) override;
  grpc::ServerUnaryReactor* VerifyDocument(
      grpc::CallbackServerContext* context,
      const factcheck::v1::VerifyDocumentRequest* request,
      factcheck::v1::VerifyDocumentResponse* response) override;
  grpc::Status VerifyDocuments(
      grpc::ServerContext* context,
      grpc::ServerReaderWriter<factcheck::v1::VerifyDocumentsResponse,
                               factcheck::v1::VerifyDocumentsRequest>* stream)
      override;
  grpc::ServerUnaryReactor* IngestReports(
      grpc::CallbackServerContext* context,
      const factcheck::v1::IngestReportsRequest* request,
      factcheck::v1::IngestReportsResponse* response) override;
  grpc::ServerUnaryReactor* GetReport(
      grpc::CallbackServerContext* context,
      const factcheck::v1::GetReportRequest* request,
      factcheck::v1::GetReportResponse* response) override;
  grpc::ServerUnaryReactor* SearchClaims(
      grpc::CallbackServerContext* context,
      const factcheck::v1::SearchClaimsRequest* request,
      factcheck::v1::SearchClaimsResponse* response) override;
  grpc::ServerUnaryReactor* ListReports(
      grpc::CallbackServerContext* context,
      const factcheck::v1::ListReportsRequest* request,
      factcheck::v1::ListReportsResponse* response) override;
  grpc::ServerUnaryReactor* DeleteReport(
      grpc::CallbackServerContext* context,
      const factcheck::v1::DeleteReportRequest* request,
      factcheck::v1::DeleteReportResponse* response) override;

 private:
  // OK, or the status refusing the caller (see AccessControl::Authorize).
  grpc::Status Authorize(const grpc::ServerContextBase& context,
                         core::Access needed, absl::string_view method) const;

  // A unary call: Authorize, then `work` (grpc::Status(const core::Call&))
  // on a turn of the gate's; the refusal otherwise (a busy server's carries
  // a retry pushback). The call is finished with the status either gives.
  template <typename Work>
  grpc::ServerUnaryReactor* Serve(grpc::CallbackServerContext* context,
                                  core::Access needed, absl::string_view method,
                                  Work work) const;

  core::FactChecker* const checker_;
  const core::AccessControl* const access_;
  core::WorkSlots* const slots_;
  ArenaPerCall<factcheck::v1::ExtractClaimsRequest,
               factcheck::v1::ExtractClaimsResponse>
      extract_messages_;
  ArenaPerCall<factcheck::v1::VerifyDocumentRequest,
               factcheck::v1::VerifyDocumentResponse>
      verify_messages_;
};

}  // namespace factcheck::server

#endif  // FACTCHECK_SERVER_FACTCHECK_SERVICE_H_
