/* TRUTH: free — dump_stats runs from .fini_array after main returned, and main joined both writers before returning */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static long processed;

static void dump_stats(void)
{
    fprintf(stderr, "processed %ld\n", processed);
}

static void (*const stats_hook)(void) __attribute__((section(".fini_array"), used)) = dump_stats;

static void *work(void *arg)
{
    (void)arg;
    for (int k = 0; k < 100; k++) {
        pthread_mutex_lock(&m);
        processed++;
        pthread_mutex_unlock(&m);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, work, NULL);
    pthread_create(&b, NULL, work, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
