/* TRUTH: free — sender writes the plain array then __atomic_store_n(&posted, 1, __ATOMIC_RELEASE); receiver spins with __atomic_load_n(&posted, __ATOMIC_ACQUIRE) and only then reads the array; release/acquire orders them. */
#include <pthread.h>
#include <stdio.h>

static int posted;
static long samples[5];

static void *sender(void *a)
{
    (void)a;
    for (int i = 0; i < 5; i++)
        samples[i] = 1L << i;
    __atomic_store_n(&posted, 1, __ATOMIC_RELEASE);
    return NULL;
}

static void *receiver(void *a)
{
    while (!__atomic_load_n(&posted, __ATOMIC_ACQUIRE))
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
