// Fills a CallRecord for every call the server serves and hands it to each
// sink (the access log, the metrics) when the call's status is sent.
#ifndef FACTCHECK_SERVER_CALL_RECORDS_H_
#define FACTCHECK_SERVER_CALL_RECORDS_H_

#include <vector>

#include "grpcpp/support/server_interceptor.h"
#include "server/call_record.h"

namespace factcheck::server {

class CallRecordsFactory
    : public grpc::experimental::ServerInterceptorFactoryInterface {
 public:
  // The sinks must outlive the server.
  explicit CallRecordsFactory(std::vector<CallSink*> sinks)
      : sinks_(std::move(sinks)) {}

  grpc::experimental::Interceptor* CreateServerInterceptor(
      grpc::experimental::ServerRpcInfo* info) override;

 private:
  const std::vector<CallSink*> sinks_;
};

}  // namespace factcheck::server

#endif  // FACTCHECK_SERVER_CALL_RECORDS_H_
