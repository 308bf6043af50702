/* TRUTH: racy — worker 0 dies holding the robust mutex, worker 1 gets EOWNERDEAD and never marks it consistent, so workers 2 and 3 get ENOTRECOVERABLE (not locked) and both write events */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static pthread_mutex_t m;
static long events;

static void *worker(void *arg)
{
    long id = (long)arg;
    int rc = pthread_mutex_lock(&m);
    events++;
    if (id == 0)
        return NULL;                    /* dies holding the lock */
    if (rc != ENOTRECOVERABLE)
        pthread_mutex_unlock(&m);       /* EOWNERDEAD: forgot pthread_mutex_consistent */
    return NULL;
}

int main(void)
{
    pthread_t t[4];
    pthread_mutexattr_t at;
    long i;
    pthread_mutexattr_init(&at);
    pthread_mutexattr_setrobust(&at, PTHREAD_MUTEX_ROBUST);
    pthread_mutex_init(&m, &at);
    for (i = 0; i < 4; i++) {
        pthread_create(&t[i], NULL, worker, (void *)i);
        usleep(5000);
    }
    for (i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
    printf("%ld\n", events);
    return 0;
}
