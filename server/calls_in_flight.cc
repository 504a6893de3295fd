#include "server/calls_in_flight.h"

#include "absl/strings/string_view.h"

namespace factcheck::server {
namespace {

// Counts its call while it lives: gRPC destroys a call's interceptors with
// the call.
class CountedCall : public grpc::experimental::Interceptor {
 public:
  explicit CountedCall(CallsInFlight* calls) : calls_(calls) { calls_->Add(1); }
  ~CountedCall() override { calls_->Add(-1); }

  void Intercept(
      grpc::experimental::InterceptorBatchMethods* methods) override {
    methods->Proceed();
  }

 private:
  CallsInFlight* const calls_;
};

class CountedCallFactory
    : public grpc::experimental::ServerInterceptorFactoryInterface {
 public:
  explicit CountedCallFactory(CallsInFlight* calls) : calls_(calls) {}

  grpc::experimental::Interceptor* CreateServerInterceptor(
      grpc::experimental::ServerRpcInfo* info) override {
    if (absl::string_view(info->method()) == "/grpc.health.v1.Health/Watch") {
      return nullptr;
    }
    return new CountedCall(calls_);
  }

 private:
  CallsInFlight* const calls_;
};

}  // namespace

std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>
CallsInFlight::InterceptorFactory() {
  return std::make_unique<CountedCallFactory>(this);
}

bool CallsInFlight::AwaitNone(absl::Time deadline) {
  absl::MutexLock lock(&mutex_);
  return mutex_.AwaitWithDeadline(
      absl::Condition(
          +[](int64_t* count) { return *count == 0; }, &count_),
      deadline);
}

void CallsInFlight::Add(int64_t delta) {
  absl::MutexLock lock(&mutex_);
  count_ += delta;
}

}  // namespace factcheck::server
