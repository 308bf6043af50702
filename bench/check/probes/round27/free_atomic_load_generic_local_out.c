/* TRUTH: race-free. sampler() uses the generic __atomic_load into a local, then publishes it to 'last_sample' under a mutex; the reporter reads last_sample under the same mutex. */
#include <pthread.h>
#include <stdio.h>

static long src;
static long last_sample;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;

static void *sampler(void *arg)
{
    (void)arg;
    for (int i = 0; i < 10; i++) {
        long v;
        __atomic_store_n(&src, i, __ATOMIC_RELEASE);
        __atomic_load(&src, &v, __ATOMIC_ACQUIRE);
        pthread_mutex_lock(&m);
        last_sample = v;
        pthread_mutex_unlock(&m);
    }
    return NULL;
}

static void *reporter(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    printf("%ld\n", last_sample);
    pthread_mutex_unlock(&m);
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
