/* TRUTH: race-free. The zero-width bit-field between lo and hi puts them in separate memory locations (C11 3.14 note: "separated by a zero-length bit-field"), so left's write of flags.lo and right's write of flags.hi do not conflict. */
#include <pthread.h>
#include <stdio.h>

struct pair {
    unsigned lo : 4;
    unsigned : 0;
    unsigned hi : 4;
} flags;

void *left(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++)
        flags.lo = i & 15;
    return NULL;
}

void *right(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++)
        flags.hi = (i + 1) & 15;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, left, NULL);
    pthread_create(&b, NULL, right, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%u %u\n", flags.lo, flags.hi);
    return 0;
}
