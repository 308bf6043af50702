/* TRUTH: race-free. The thread runs worker((void *)1) and writes slot[1]; main calls worker((void *)0) itself and writes slot[0]. */
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
    worker((void *)0);
    pthread_join(t, NULL);
    printf("%ld %ld\n", slot[0], slot[1]);
    return 0;
}
