namespace c1 {
int sandboxVersion() { return 1; }
} // namespace c1
