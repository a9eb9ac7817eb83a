#include "conform/oracles/oracles.h"

#include <array>

namespace shapeguard::conformance {

// Each judge lives in oracles/<name>.cc, beside its Check function.
Verdict JudgeServerError(const Evidence& evidence);
Verdict JudgePositiveAcceptance(const Evidence& evidence);
Verdict JudgeNegativeRejection(const Evidence& evidence);
Verdict JudgeResponseShape(const Evidence& evidence);
Verdict JudgeState(const Evidence& evidence);
Verdict JudgeContentType(const Evidence& evidence);
Verdict JudgeConflict(const Evidence& evidence);
Verdict JudgeNotImplemented(const Evidence& evidence);
Verdict JudgeReference(const Evidence& evidence);
Verdict JudgeDelete(const Evidence& evidence);

namespace {

constexpr std::array kOracles = {
    Oracle{kServerError, "no request gets a 5xx answer (501 is not-implemented's)",
           JudgeServerError},
    Oracle{kPositiveAcceptance, "a valid request gets the model's success code",
           JudgePositiveAcceptance},
    Oracle{kNegativeRejection,
           "a request breaking one rule gets 400 and the service's error type (any type for "
           "a type error)",
           JudgeNegativeRejection},
    Oracle{kResponseShape,
           "a success body validates against the output shape and holds no undeclared key; an "
           "error names a type the operation declares",
           JudgeResponseShape},
    Oracle{kState,
           "a read after a write returns what was written, and a patch changes only its path; "
           "hinted requests get their documented answer",
           JudgeState},
    Oracle{kContentType, "a JSON body comes with a JSON Content-Type", JudgeContentType},
    Oracle{kConflict, "a second create under a unique name gets 409 ConflictException",
           JudgeConflict},
    Oracle{kReference,
           "a request naming a resource that does not exist gets a declared error (404 "
           "NotFoundException for a URI label), never a success",
           JudgeReference},
    Oracle{kDelete,
           "a deleted resource is gone: a get and a second delete answer 404, a list leaves it "
           "out",
           JudgeDelete},
    Oracle{kNotImplemented,
           "the endpoint routes the operation (a bare 404 or a 501 says it does not)",
           JudgeNotImplemented},
};

}  // namespace

std::span<const Oracle> Oracles() { return kOracles; }

}  // namespace shapeguard::conformance
