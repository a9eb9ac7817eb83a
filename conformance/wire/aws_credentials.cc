#include "wire/aws_credentials.h"

#include <cstdlib>

namespace shapeguard::conformance {
namespace {

std::string Lookup(GetEnvFunction get_env, const char* name) {
  const char* value = get_env ? get_env(name) : std::getenv(name);
  return value ? value : "";
}

}  // namespace

Credentials CredentialsFromEnvironment(GetEnvFunction get_env) {
  Credentials credentials;
  credentials.access_key_id = Lookup(get_env, "AWS_ACCESS_KEY_ID");
  credentials.secret_access_key = Lookup(get_env, "AWS_SECRET_ACCESS_KEY");
  credentials.session_token = Lookup(get_env, "AWS_SESSION_TOKEN");
  if (credentials.access_key_id.empty()) credentials.access_key_id = kDefaultAccessKeyId;
  if (credentials.secret_access_key.empty()) {
    credentials.secret_access_key = kDefaultSecretAccessKey;
  }
  return credentials;
}

std::string RegionFromEnvironment(GetEnvFunction get_env) {
  for (const char* name : {"AWS_REGION", "AWS_DEFAULT_REGION"}) {
    std::string region = Lookup(get_env, name);
    if (!region.empty()) return region;
  }
  return kDefaultRegion;
}

}  // namespace shapeguard::conformance
