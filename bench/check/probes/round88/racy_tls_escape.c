/* Racy: the worker updates its _Thread_local stats WITHOUT the mutex ("it's thread
   local"), but their address was published in slots[] and the monitor reads them
   concurrently through that pointer. */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#define NT 3

struct stats { int calls; int errors; };

static _Thread_local struct stats tls_stats;
static struct stats *slots[NT];
static pthread_mutex_t stats_m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t stats_cv = PTHREAD_COND_INITIALIZER;
static int finished, collected;

static void *worker(void *arg)
{
    int id = (int)(long)arg;
    pthread_mutex_lock(&stats_m);
    slots[id] = &tls_stats;
    pthread_mutex_unlock(&stats_m);
    for (int i = 0; i < 300; i++) {
        tls_stats.calls++;               /* BUG: published TLS updated without stats_m */
        if (i % 17 == 0)
            tls_stats.errors++;
        if (i % 50 == 0)
            usleep(300);
    }
    pthread_mutex_lock(&stats_m);
    finished++;
    pthread_cond_broadcast(&stats_cv);
    while (!collected)
        pthread_cond_wait(&stats_cv, &stats_m);
    pthread_mutex_unlock(&stats_m);
    return NULL;
}

static void *monitor(void *arg)
{
    int calls = 0, samples = 0;
    (void)arg;
    pthread_mutex_lock(&stats_m);
    while (finished < NT) {
        for (int i = 0; i < NT; i++)
            if (slots[i])
                samples += slots[i]->calls;
        pthread_mutex_unlock(&stats_m);
        usleep(50);
        pthread_mutex_lock(&stats_m);
    }
    for (int i = 0; i < NT; i++)
        calls += slots[i]->calls + slots[i]->errors;
    collected = 1;
    pthread_cond_broadcast(&stats_cv);
    pthread_mutex_unlock(&stats_m);
    printf("live samples sum %d\n", samples);
    return (void *)(long)calls;
}

int main(void)
{
    pthread_t w[NT], mon;
    void *r;
    pthread_create(&mon, NULL, monitor, NULL);
    for (long i = 0; i < NT; i++)
        pthread_create(&w[i], NULL, worker, (void *)i);
    for (int i = 0; i < NT; i++)
        pthread_join(w[i], NULL);
    pthread_join(mon, &r);
    printf("%ld\n", (long)r);
    return 0;
}
