/* TRUTH: race-free. watcher waits with a timeout but loops until ready is seen set under m (a timeout only repeats the loop); ready's only store is feeder's, under m, after feeder wrote sample. */
#include <pthread.h>
#include <stdio.h>
#include <time.h>

double sample;
int ready;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;

void *feeder(void *arg)
{
    (void)arg;
    sample = 3.25;
    pthread_mutex_lock(&m);
    ready = 1;
    pthread_cond_signal(&cv);
    pthread_mutex_unlock(&m);
    return NULL;
}

void *watcher(void *arg)
{
    (void)arg;
    struct timespec ts;
    pthread_mutex_lock(&m);
    while (!ready) {
        clock_gettime(CLOCK_REALTIME, &ts);
        ts.tv_sec += 1;
        pthread_cond_timedwait(&cv, &m, &ts);
    }
    pthread_mutex_unlock(&m);
    printf("%f\n", sample);
    return NULL;
}

int main(void)
{
    pthread_t f, w;
    pthread_create(&w, NULL, watcher, NULL);
    pthread_create(&f, NULL, feeder, NULL);
    pthread_join(w, NULL);
    pthread_join(f, NULL);
    return 0;
}
