// corroborate: command-line entry point. One file per command lives beside this one.
#include <cstdio>
int main() { std::puts("corroborate: under construction"); return 0; }
