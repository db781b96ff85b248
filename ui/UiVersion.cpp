namespace c1 {
int uiVersion() { return 1; }
} // namespace c1
