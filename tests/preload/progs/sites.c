/* Test program: a write() from a static function placed right after an exported one, for call-site names in stripped binaries. */
#include <unistd.h>

/* Exported (-rdynamic) and sized: the nearest exported symbol below quiet_write. */
__attribute__((noinline)) int weft_sites_exported(int x)
{
    return x * 3 + 1;
}

/* Only .symtab knows this one; a stripped copy has no name for it. */
static __attribute__((noinline)) void quiet_write(void)
{
    static const char msg[] = "sites\n";
    if (write(1, msg, sizeof msg - 1) < 0)
        _exit(1);
}

int main(void)
{
    quiet_write();
    return weft_sites_exported(0) == 1 ? 0 : 1;
}
