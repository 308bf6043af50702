/* TRUTH: racy — on the error path the worker bumps errors without the lock, in both threads */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t stats_lock = PTHREAD_MUTEX_INITIALIZER;
static int processed, errors;

static int parse(int v) { return v % 7 == 0 ? -1 : v; }

static void *worker(void *arg)
{
    int base = (int)(long)arg;
    for (int i = base; i < base + 50; i++) {
        if (parse(i) < 0) {
            errors++;
            continue;
        }
        pthread_mutex_lock(&stats_lock);
        processed++;
        pthread_mutex_unlock(&stats_lock);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)0L);
    pthread_create(&b, NULL, worker, (void *)50L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("processed %d errors %d\n", processed, errors);
    return 0;
}
