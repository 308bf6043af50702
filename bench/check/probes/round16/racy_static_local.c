// racy: next_id() keeps its counter in a static local that two threads increment without a lock.
#include <pthread.h>
#include <stdio.h>

static int next_id(void)
{
    static int counter;
    return ++counter;
}

static void *worker(void *arg)
{
    printf("%d\n", next_id());
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
