/* TRUTH: race-free. bump(key) writes hits[(unsigned char)key]; one thread passes 257 (bucket 1), the other writes hits[257] directly: different elements. */
#include <pthread.h>
#include <stdio.h>

static unsigned hits[300];

static void bump(int key)
{
    hits[(unsigned char)key]++;
}

static void *hasher(void *arg)
{
    (void)arg;
    bump(257);
    return NULL;
}

static void *direct(void *arg)
{
    long k = (long)arg;
    hits[k]++;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, hasher, NULL);
    pthread_create(&b, NULL, direct, (void *)257);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%u %u\n", hits[1], hits[257]);
    return 0;
}
