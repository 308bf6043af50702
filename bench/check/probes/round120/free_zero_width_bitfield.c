/* TRUTH: free — a zero-width bit-field separates lo and hi into different memory locations (C11 3.14), so the two threads' writes do not conflict */
#include <pthread.h>

struct flags {
    unsigned lo : 4;
    unsigned : 0;
    unsigned hi : 4;
};

struct flags f;

void *set_lo(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++)
        f.lo = (unsigned)i & 0xf;
    return 0;
}

void *set_hi(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++)
        f.hi = (unsigned)i & 0xf;
    return 0;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, set_lo, 0);
    pthread_create(&b, 0, set_hi, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return f.lo + f.hi;
}
