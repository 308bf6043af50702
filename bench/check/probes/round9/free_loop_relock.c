/* TRUTH: free. Every access to total in the worker loop happens between lock and unlock in the same iteration, and main's access is also locked. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int total;

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 4; i++) {
        pthread_mutex_lock(&m);
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
