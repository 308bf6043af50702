/* TRUTH: racy. Workers receive &locks[0] and &locks[1] of a global lock array, two different mutexes, while both write total. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t locks[2] = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER };
static int total;

static void *worker(void *arg)
{
    pthread_mutex_t *l = arg;
    pthread_mutex_lock(l);
    total++;
    pthread_mutex_unlock(l);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, &locks[0]);
    pthread_create(&b, NULL, worker, &locks[1]);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", total);
    return 0;
}
