#include "auth/totp.hpp"

#include <gtest/gtest.h>

namespace filet::auth::totp {
namespace {

// RFC 6238, appendix B: the SHA-1 key is the ASCII of "12345678901234567890".
constexpr std::string_view kRfcKey = "12345678901234567890";

TEST(Totp, MatchesTheRfc6238TestVectors) {
  struct Vector {
    int64_t time;
    const char* code;
  };
  for (auto [time, code] :
       {Vector{59, "94287082"}, Vector{1111111109, "07081804"}, Vector{1111111111, "14050471"},
        Vector{1234567890, "89005924"}, Vector{2000000000, "69279037"}, Vector{20000000000, "65353130"}})
    EXPECT_EQ(code_at_step(kRfcKey, step_at(time), 8), code) << "T = " << time;
  // Six digits are the last six of the same number.
  EXPECT_EQ(code_at_step(kRfcKey, step_at(59)), "287082");
}

TEST(Totp, AcceptsOneStepEitherSideOnceOnly) {
  int64_t now = 1111111109;
  int64_t step = step_at(now);
  EXPECT_EQ(matching_step(kRfcKey, code_at_step(kRfcKey, step), now, 0), step);
  EXPECT_EQ(matching_step(kRfcKey, code_at_step(kRfcKey, step - 1), now, 0), step - 1);
  EXPECT_EQ(matching_step(kRfcKey, code_at_step(kRfcKey, step + 1), now, 0), step + 1);
  EXPECT_FALSE(matching_step(kRfcKey, code_at_step(kRfcKey, step - 2), now, 0));
  EXPECT_FALSE(matching_step(kRfcKey, code_at_step(kRfcKey, step + 2), now, 0));
  EXPECT_FALSE(matching_step(kRfcKey, code_at_step(kRfcKey, step), now, step)) << "a code is good once";
  EXPECT_FALSE(matching_step(kRfcKey, code_at_step(kRfcKey, step - 1), now, step)) << "nor an older one after it";
  EXPECT_FALSE(matching_step(kRfcKey, "12345", now, 0));
  EXPECT_FALSE(matching_step(kRfcKey, "abcdef", now, 0));
}

TEST(Totp, Base32RoundTripsAndReadsWhatPeopleType) {
  EXPECT_EQ(base32_encode(kRfcKey), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
  EXPECT_EQ(base32_decode("gezd gnbv gy3t qojq gezd gnbv gy3t qojq").value(), kRfcKey);
  EXPECT_EQ(base32_encode("f"), "MY");
  EXPECT_EQ(base32_decode("MY======").value(), "f");
  EXPECT_FALSE(base32_decode("0189"));
}

TEST(Totp, WritesTheOtpauthUri) {
  EXPECT_EQ(otpauth_uri("Filet", "marie+1@exemple.ca", "JBSWY3DPEHPK3PXP"),
            "otpauth://totp/Filet:marie%2B1@exemple.ca?secret=JBSWY3DPEHPK3PXP&issuer=Filet&algorithm=SHA1&digits=6"
            "&period=30");
}

}  // namespace
}  // namespace filet::auth::totp
