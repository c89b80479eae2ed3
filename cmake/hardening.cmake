# The release build's hardening, as Debian builds its packages: fortified libc calls, stack
# canaries, a position-independent executable, and relocations read-only before main() runs.
# tests/cli/hardening.test.mjs checks the result on build/filet. Not for the sanitizer builds
# (fuzz/run.sh), where AddressSanitizer does this work and _FORTIFY_SOURCE gets in its way.
if(NOT FILET_FUZZ AND CMAKE_BUILD_TYPE MATCHES "^(Release|RelWithDebInfo|MinSizeRel)$")
  # _FORTIFY_SOURCE needs the optimizer; -U first in case a toolchain already sets it.
  add_compile_options(-U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=2 -fstack-protector-strong -Werror=format-security)
  include(CheckPIESupported)
  check_pie_supported()
  set(CMAKE_POSITION_INDEPENDENT_CODE ON)
  add_link_options(-Wl,-z,relro,-z,now)
endif()
