/* TRUTH: racy. The thread runs worker((void *)1) and main calls worker((void *)1) itself while it runs: both write slot[1]. */
#include <pthread.h>
#include <stdio.h>

static long slot[2];

static void *worker(void *arg)
{
    long id = (long)arg;
    slot[id] = id + 100;
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, (void *)1);
    worker((void *)1);
    pthread_join(t, NULL);
    printf("%ld %ld\n", slot[0], slot[1]);
    return 0;
}
