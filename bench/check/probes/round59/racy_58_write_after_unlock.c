/* TRUTH: racy — each thread reads seq under the lock but writes seq = tmp + 1 AFTER unlocking; the two threads' unlocked writes (and a write vs the other's locked read) are unordered. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t sm = PTHREAD_MUTEX_INITIALIZER;
static int seq;

static void *next_id(void *a)
{
    (void)a;
    pthread_mutex_lock(&sm);
    int tmp = seq;
    pthread_mutex_unlock(&sm);
    seq = tmp + 1;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, next_id, NULL);
    pthread_create(&b, NULL, next_id, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", seq);
    return 0;
}
