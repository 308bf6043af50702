/* TRUTH: racy. sampler() uses GCC's generic __atomic_load(&src, &last_sample, ...), which stores the loaded value into last_sample with a plain store; reporter reads last_sample concurrently with no ordering. */
#include <pthread.h>
#include <stdio.h>

static long src;
static long last_sample; /* plain */

static void *sampler(void *arg)
{
    (void)arg;
    for (int i = 0; i < 10; i++) {
        __atomic_store_n(&src, i, __ATOMIC_RELEASE);
        __atomic_load(&src, &last_sample, __ATOMIC_ACQUIRE);
    }
    return NULL;
}

static void *reporter(void *arg)
{
    (void)arg;
    printf("%ld\n", last_sample);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, sampler, NULL);
    pthread_create(&b, NULL, reporter, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
