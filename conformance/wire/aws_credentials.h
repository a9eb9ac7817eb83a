// Who the conformance suite signs as, and where: credentials and region from the
// environment (with defaults that every emulator accepts). The signing name is the model's:
// Operation::signing_name().
#ifndef SHAPEGUARD_CONFORMANCE_WIRE_AWS_CREDENTIALS_H_
#define SHAPEGUARD_CONFORMANCE_WIRE_AWS_CREDENTIALS_H_

#include <string>

namespace shapeguard::conformance {

// An access key pair and, for temporary credentials, the session token.
struct Credentials {
  std::string access_key_id;
  std::string secret_access_key;
  std::string session_token;  // "" when the credentials are not temporary
};

// Emulators (moto, LocalStack) accept any credentials and document these; they are
// harmless if they ever reached AWS, which would refuse them.
inline constexpr char kDefaultAccessKeyId[] = "testing";
inline constexpr char kDefaultSecretAccessKey[] = "testing";
inline constexpr char kDefaultRegion[] = "us-east-1";

// Reads an environment variable; returns nullptr when it is unset. std::getenv by default,
// replaceable so tests need not change the process environment.
using GetEnvFunction = const char* (*)(const char* name);

// AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN; an unset or empty key id
// or secret falls back to kDefaultAccessKeyId / kDefaultSecretAccessKey.
Credentials CredentialsFromEnvironment(GetEnvFunction get_env = nullptr);

// AWS_REGION, else AWS_DEFAULT_REGION (the name older SDKs read), else kDefaultRegion.
std::string RegionFromEnvironment(GetEnvFunction get_env = nullptr);

}  // namespace shapeguard::conformance

#endif  // SHAPEGUARD_CONFORMANCE_WIRE_AWS_CREDENTIALS_H_
