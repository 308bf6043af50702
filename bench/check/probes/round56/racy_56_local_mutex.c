/* TRUTH: racy — each worker locks a mutex that is a local variable of its own stack frame, so the two workers hold different mutexes and both update `shared_total` concurrently. */
#include <pthread.h>
#include <stdio.h>

static int shared_total;

static void *worker(void *arg)
{
    pthread_mutex_t m;
    pthread_mutex_init(&m, NULL);
    int n = (int)(long)arg;
    for (int i = 0; i < n; i++) {
        pthread_mutex_lock(&m);
        shared_total += 1;
        pthread_mutex_unlock(&m);
    }
    pthread_mutex_destroy(&m);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)100L);
    pthread_create(&b, NULL, worker, (void *)200L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", shared_total);
    return 0;
}
