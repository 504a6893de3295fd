#include "server/reflection_v1.h"

#include <set>
#include <string>

#include "absl/strings/str_cat.h"
#include "google/protobuf/descriptor.h"
#include "google/protobuf/descriptor.pb.h"

namespace factcheck::server {
namespace {

using grpc::reflection::v1::ServerReflectionRequest;
using grpc::reflection::v1::ServerReflectionResponse;

const google::protobuf::DescriptorPool& Pool() {
  return *google::protobuf::DescriptorPool::generated_pool();
}

void NotFound(const std::string& what, ServerReflectionResponse* response) {
  auto* error = response->mutable_error_response();
  error->set_error_code(static_cast<int>(grpc::StatusCode::NOT_FOUND));
  error->set_error_message(absl::StrCat(what, " not found"));
}

// `file` and, first, the files it imports, each once per stream.
void AddFileWithImports(const google::protobuf::FileDescriptor* file,
                        std::set<std::string>* sent,
                        ServerReflectionResponse* response) {
  if (!sent->insert(file->name()).second) return;
  for (int i = 0; i < file->dependency_count(); ++i) {
    AddFileWithImports(file->dependency(i), sent, response);
  }
  google::protobuf::FileDescriptorProto proto;
  file->CopyTo(&proto);
  proto.SerializeToString(response->mutable_file_descriptor_response()
                              ->add_file_descriptor_proto());
}

void AnswerFile(const google::protobuf::FileDescriptor* file,
                const std::string& what, std::set<std::string>* sent,
                ServerReflectionResponse* response) {
  if (file == nullptr) {
    NotFound(what, response);
    return;
  }
  // A file this stream sent before is sent again when asked for by name:
  // the asker wants it now.
  sent->erase(file->name());
  AddFileWithImports(file, sent, response);
}

}  // namespace

grpc::Status ReflectionV1Service::ServerReflectionInfo(
    grpc::ServerContext* context,
    grpc::ServerReaderWriter<ServerReflectionResponse, ServerReflectionRequest>*
        stream) {
  std::set<std::string> sent;
  ServerReflectionRequest request;
  while (stream->Read(&request)) {
    if (context->IsCancelled()) return grpc::Status::CANCELLED;
    ServerReflectionResponse response;
    response.set_valid_host(request.host());
    *response.mutable_original_request() = request;
    switch (request.message_request_case()) {
      case ServerReflectionRequest::kListServices:
        for (const std::string& name : services_) {
          response.mutable_list_services_response()->add_service()->set_name(
              name);
        }
        break;
      case ServerReflectionRequest::kFileByFilename:
        AnswerFile(Pool().FindFileByName(request.file_by_filename()),
                   "file " + request.file_by_filename(), &sent, &response);
        break;
      case ServerReflectionRequest::kFileContainingSymbol:
        AnswerFile(
            Pool().FindFileContainingSymbol(request.file_containing_symbol()),
            "symbol " + request.file_containing_symbol(), &sent, &response);
        break;
      case ServerReflectionRequest::kFileContainingExtension: {
        const auto& asked = request.file_containing_extension();
        const google::protobuf::Descriptor* type =
            Pool().FindMessageTypeByName(asked.containing_type());
        const google::protobuf::FieldDescriptor* extension =
            type == nullptr
                ? nullptr
                : Pool().FindExtensionByNumber(type, asked.extension_number());
        AnswerFile(extension == nullptr ? nullptr : extension->file(),
                   absl::StrCat("extension ", asked.extension_number(), " of ",
                                asked.containing_type()),
                   &sent, &response);
        break;
      }
      case ServerReflectionRequest::kAllExtensionNumbersOfType: {
        const google::protobuf::Descriptor* type = Pool().FindMessageTypeByName(
            request.all_extension_numbers_of_type());
        if (type == nullptr) {
          NotFound("type " + request.all_extension_numbers_of_type(),
                   &response);
          break;
        }
        auto* numbers = response.mutable_all_extension_numbers_response();
        numbers->set_base_type_name(type->full_name());
        std::vector<const google::protobuf::FieldDescriptor*> extensions;
        Pool().FindAllExtensions(type, &extensions);
        for (const auto* extension : extensions) {
          numbers->add_extension_number(extension->number());
        }
        break;
      }
      case ServerReflectionRequest::MESSAGE_REQUEST_NOT_SET: {
        auto* error = response.mutable_error_response();
        error->set_error_code(
            static_cast<int>(grpc::StatusCode::INVALID_ARGUMENT));
        error->set_error_message(
            "the request asks nothing: set one of file_by_filename, "
            "file_containing_symbol, file_containing_extension, "
            "all_extension_numbers_of_type or list_services");
        break;
      }
    }
    if (!stream->Write(response)) break;
  }
  return grpc::Status::OK;
}

}  // namespace factcheck::server
