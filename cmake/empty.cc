// The translation unit that builds the tests' precompiled header (cmake/compile_time.cmake).
