// Anchors the c1resources library; the icons are compiled in by qt_add_resources.
namespace c1 {
int resourcesVersion()
{
    return 1;
}
} // namespace c1
