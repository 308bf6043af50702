/* TRUTH: racy. main passes &locks[0] to one worker and &locks[1] to the other; they are different mutexes, so both workers' writes of total are unprotected against each other. */
#include <pthread.h>
#include <stdio.h>

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
    pthread_mutex_t locks[2];
    pthread_t a, b;
    pthread_mutex_init(&locks[0], NULL);
    pthread_mutex_init(&locks[1], NULL);
    pthread_create(&a, NULL, worker, &locks[0]);
    pthread_create(&b, NULL, worker, &locks[1]);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", total);
    return 0;
}
