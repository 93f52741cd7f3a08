// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// The static tests are files of static_asserts: they pass by compiling. This
// program only gives CTest something to run once they have.
int main() { return 0; }
