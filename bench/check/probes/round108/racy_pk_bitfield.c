/* TRUTH: racy — s[1].lo and s[1].hi are bit-fields of one memory location, written by two threads */
#include <pthread.h>
#include <stdio.h>

struct flags { unsigned lo : 4; unsigned hi : 4; };
static struct flags fl[4];

static void *low(void *arg)
{
    struct flags *s = arg;
    s[1].lo = 3;
    return 0;
}

static void *high(void *arg)
{
    struct flags *s = arg;
    s[1].hi = 5;
    return 0;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, low, fl);
    pthread_create(&b, 0, high, fl);
    pthread_join(a, 0);
    pthread_join(b, 0);
    printf("%u %u\n", fl[1].lo, fl[1].hi);
    return 0;
}
