/* TRUTH: racy. the worker only tries the gate lock; when trylock fails (main holds it) it reads params while main is still writing them. */
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t gate = PTHREAD_MUTEX_INITIALIZER;
static int params[4];
static int answer;

static void *worker(void *arg)
{
    (void)arg;
    if (pthread_mutex_trylock(&gate) == 0)
        pthread_mutex_unlock(&gate);
    answer = params[0] + params[3];
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_mutex_lock(&gate);
    pthread_create(&t, NULL, worker, NULL);
    params[0] = 1;
    params[3] = 4;
    pthread_mutex_unlock(&gate);
    pthread_join(t, NULL);
    printf("%d\n", answer);
    return 0;
}
