/* TRUTH: free — main holds gate while creating the worker and writing shared, then unlocks; the worker locks gate (so after main's unlock) before reading shared and unlocks after */
#include <pthread.h>
static pthread_mutex_t gate = PTHREAD_MUTEX_INITIALIZER;
static int shared;
static void *worker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&gate);
    pthread_mutex_unlock(&gate);
    return (void *)(long)(shared + 1);
}
int main(void)
{
    pthread_t t;
    pthread_mutex_lock(&gate);
    pthread_create(&t, NULL, worker, NULL);
    shared = 9;
    pthread_mutex_unlock(&gate);
    pthread_join(t, NULL);
    return 0;
}
