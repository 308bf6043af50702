/* TRUTH: racy — the create loop joins only the warm-up worker t[0]; the second loop joins t[1..N-2], so t[N-1] may still add to 'done' when main reads it */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#define N 4
static long done;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;

static void *worker(void *arg)
{
    long id = (long)arg;
    usleep(2000 * (unsigned)((id + 1) * (id + 1)));   /* 2, 8, 18, 32 ms: the last finishes last */
    pthread_mutex_lock(&mu);
    done++;
    pthread_mutex_unlock(&mu);
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    for (long i = 0; i < N; i++) {
        pthread_create(&t[i], NULL, worker, (void *)i);
        if (i == 0)
            pthread_join(t[i], NULL);   /* warm-up run: wait for it */
    }
    for (long i = 1; i < N - 1; i++)
        pthread_join(t[i], NULL);
    long s = 0;
    for (int k = 0; k < 60; k++) {
        s += done;                       /* no lock: t[N-1] was never joined */
        usleep(500);
    }
    printf("%ld\n", s);
    pthread_join(t[N - 1], NULL);       /* too late */
    return 0;
}
