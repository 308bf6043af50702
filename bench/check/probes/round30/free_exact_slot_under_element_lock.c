/* TRUTH: race-free. Both threads are given id 1 and update slot[1] while holding locks[1] (the same mutex). */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t locks[2] = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER};
static long slot[2];

static void *worker(void *arg)
{
    long id = (long)arg;
    pthread_mutex_lock(&locks[id]);
    slot[id] += 1;
    pthread_mutex_unlock(&locks[id]);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)1);
    pthread_create(&b, NULL, worker, (void *)1);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", slot[1]);
    return 0;
}
