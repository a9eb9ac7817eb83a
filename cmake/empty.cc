// The translation unit that builds the tests' precompiled header (cmake/precompiled_headers.cmake).
