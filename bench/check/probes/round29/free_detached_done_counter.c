/* TRUTH: race-free. Detached workers write their own out[id] (id from &ids[i]) and then increment 'finished' under done_mu and signal; main waits under done_mu until finished == NT before reading out[]. The unlock after each worker's write and main's lock that saw the final count order every write before main's reads. */
#include <pthread.h>
#include <stdio.h>

#define NT 4

static int ids[NT];
static long out[NT];
static int finished;
static pthread_mutex_t done_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t done_cv = PTHREAD_COND_INITIALIZER;

static void *job(void *arg)
{
    int id = *(int *)arg;
    long s = 0;
    for (int i = 0; i <= 1000 * (id + 1); i++)
        s += i;
    out[id] = s;
    pthread_mutex_lock(&done_mu);
    finished++;
    pthread_cond_signal(&done_cv);
    pthread_mutex_unlock(&done_mu);
    return NULL;
}

int main(void)
{
    pthread_attr_t at;
    pthread_attr_init(&at);
    pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
    for (int i = 0; i < NT; i++) {
        pthread_t t;
        ids[i] = i;
        pthread_create(&t, &at, job, &ids[i]);
    }
    pthread_attr_destroy(&at);
    pthread_mutex_lock(&done_mu);
    while (finished < NT)
        pthread_cond_wait(&done_cv, &done_mu);
    pthread_mutex_unlock(&done_mu);
    for (int i = 0; i < NT; i++)
        printf("%ld\n", out[i]);
    return 0;
}
