/* TRUTH: racy — two threads write adjacent bit-fields lo and hi of one struct; adjacent bit-fields are one memory location in C11, so the read-modify-writes race */
#include <pthread.h>
#include <unistd.h>

struct flags {
    unsigned lo : 4;
    unsigned hi : 4;
};

struct flags f;

void *set_lo(void *arg)
{
    (void)arg;
    for (int i = 0; i < 20; i++) {
        f.lo = (unsigned)i & 0xf;
        usleep(1000);
    }
    return 0;
}

void *set_hi(void *arg)
{
    (void)arg;
    for (int i = 0; i < 20; i++) {
        f.hi = (unsigned)i & 0xf;
        usleep(1000);
    }
    return 0;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, set_lo, 0);
    pthread_create(&b, 0, set_hi, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return 0;
}
