/* TRUTH: free — main holds gate from before the create until after writing shared; the worker's counted loop (i <= id) locks and unlocks gate at least once before it reads shared, so the read follows main's unlock */
#include <pthread.h>
static int shared;
static pthread_mutex_t gate = PTHREAD_MUTEX_INITIALIZER;
static void *worker(void *arg)
{
    long id = (long)arg;
    for (long i = 0; i <= id; i++) {
        pthread_mutex_lock(&gate);
        pthread_mutex_unlock(&gate);
    }
    return (void *)(long)shared;
}
int main(void)
{
    pthread_t t;
    pthread_mutex_lock(&gate);
    pthread_create(&t, NULL, worker, (void *)1L);
    shared = 5;
    pthread_mutex_unlock(&gate);
    pthread_join(t, NULL);
    return 0;
}
