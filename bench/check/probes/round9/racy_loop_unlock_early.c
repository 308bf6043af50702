/* TRUTH: racy. The worker unlocks at the end of iteration 0 and writes total outside the lock in iteration 1, conflicting with main's locked write. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int total;

static void *worker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    for (int i = 0; i < 2; i++) {
        total += i;
        pthread_mutex_unlock(&m);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    pthread_mutex_lock(&m);
    total += 10;
    pthread_mutex_unlock(&m);
    pthread_join(t, NULL);
    printf("%d\n", total);
    return 0;
}
