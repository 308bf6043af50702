# The Debian package (cpack -G DEB in the build directory): weft_<version>_<arch>.deb.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME weft)
set(CPACK_PACKAGE_VENDOR "the weft authors")
set(CPACK_PACKAGE_CONTACT "the weft authors <weft@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "trace, analyze and check concurrency in C programs")
set(CPACK_PACKAGE_DESCRIPTION
  "weft run traces an unmodified, dynamically linked program and its children with an LD_PRELOAD library (threads, coroutines, processes, lock and condition waits, blocking I/O) into a SQLite file; weft analyze says whether it was CPU-, I/O- or lock-bound; weft report writes a self-contained HTML timeline; weft check finds race-prone shared state in C sources with libclang.")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_STRIP_FILES ON)
# Depends computed by dpkg-shlibdeps from what weft and the preload link (libc6, libsqlite3-0).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# weft check opens libclang with dlopen (weft run must not map LLVM), so shlibdeps cannot see it.
# Recommended, not required: apt installs it by default; without it weft run, analyze, report
# and export work and weft check exits 2 with one line naming the package to install.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libclang1-14")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "sqlite3")
include(CPack)
