/* TRUTH: race-free. bump(257) writes hits[(unsigned char)257] = hits[1]; the other thread writes hits[257] by a constant. */
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
    (void)arg;
    hits[257]++;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, hasher, NULL);
    pthread_create(&b, NULL, direct, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%u %u\n", hits[1], hits[257]);
    return 0;
}
