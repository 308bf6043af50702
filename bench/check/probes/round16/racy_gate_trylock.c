// racy: a worker whose trylock on the gate fails does not wait for main and reads table_size while main may still write it.
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t gate = PTHREAD_MUTEX_INITIALIZER;
static int table_size;

static void *worker(void *arg)
{
    if (pthread_mutex_trylock(&gate) == 0)
        pthread_mutex_unlock(&gate);
    printf("%d\n", table_size);
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_mutex_lock(&gate);
    pthread_create(&t, NULL, worker, NULL);
    table_size = 64;
    pthread_mutex_unlock(&gate);
    pthread_join(t, NULL);
    return 0;
}
