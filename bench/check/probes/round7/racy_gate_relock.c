/* TRUTH: racy. main drops the gate and re-takes it before writing limit; the worker can pass the gate in between and read limit (outside the lock) while main writes it. */
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t gate = PTHREAD_MUTEX_INITIALIZER;
static int limit;
static int used;

static void *worker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&gate);
    pthread_mutex_unlock(&gate);
    used = limit / 2;
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_mutex_lock(&gate);
    pthread_create(&t, NULL, worker, NULL);
    pthread_mutex_unlock(&gate);
    pthread_mutex_lock(&gate);
    limit = 64;
    pthread_mutex_unlock(&gate);
    pthread_join(t, NULL);
    printf("%d\n", used);
    return 0;
}
