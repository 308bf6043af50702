/* TRUTH: racy. The mutex is a local of the thread function, so each of the two workers locks its OWN mutex: no mutual exclusion, and their `served++` on the global run concurrently. */
#include <pthread.h>
#include <stdio.h>

static int served;

static void *worker(void *arg)
{
    pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; /* BUG: per-call mutex */
    (void)arg;
    for (int i = 0; i < 1000; i++) {
        pthread_mutex_lock(&m);
        served++;
        pthread_mutex_unlock(&m);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", served);
    return 0;
}
