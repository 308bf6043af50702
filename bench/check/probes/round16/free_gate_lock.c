// race-free: the worker blocks on the gate, which main releases only after writing table_size.
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t gate = PTHREAD_MUTEX_INITIALIZER;
static int table_size;

static void *worker(void *arg)
{
    pthread_mutex_lock(&gate);
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
