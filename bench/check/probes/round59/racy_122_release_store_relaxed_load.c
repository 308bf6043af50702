/* TRUTH: racy — the sender publishes with a RELEASE store but the receiver loads posted with __ATOMIC_RELAXED (and no fence), so no synchronizes-with edge exists; sender's plain write of samples[] and receiver's plain read are unordered. */
#include <pthread.h>
#include <stdio.h>

static int posted;
static long samples[5];

static void *sender(void *a)
{
    (void)a;
    for (int i = 0; i < 5; i++)
        samples[i] = 3L * i;
    __atomic_store_n(&posted, 1, __ATOMIC_RELEASE);
    return NULL;
}

static void *receiver(void *a)
{
    while (!__atomic_load_n(&posted, __ATOMIC_RELAXED))
        ;
    long s = 0;
    for (int i = 0; i < 5; i++)
        s += samples[i];
    *(long *)a = s;
    return NULL;
}

int main(void)
{
    long s = 0;
    pthread_t x, y;
    pthread_create(&y, NULL, receiver, &s);
    pthread_create(&x, NULL, sender, NULL);
    pthread_join(x, NULL);
    pthread_join(y, NULL);
    printf("%ld\n", s);
    return 0;
}
