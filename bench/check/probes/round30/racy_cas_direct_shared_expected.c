/* TRUTH: racy. Three threads use the static 'snap' as the expected value of a compare-exchange (called directly). After one succeeds, the other two fail and each failing CAS writes snap plainly (C11 7.17.7.4): those two writes (and each one's later read of snap) are not ordered with each other. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

#define CAS(obj, exp, des) atomic_compare_exchange_strong(obj, exp, des)

static atomic_long version;
static long snap;

static void *bumper(void *arg)
{
    (void)arg;
    while (!atomic_compare_exchange_strong(&version, &snap, snap + 1))
        ;
    return NULL;
}

int main(void)
{
    pthread_t a, b, c;
    pthread_create(&a, NULL, bumper, NULL);
    pthread_create(&b, NULL, bumper, NULL);
    pthread_create(&c, NULL, bumper, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_join(c, NULL);
    printf("%ld\n", (long)atomic_load(&version));
    return 0;
}
