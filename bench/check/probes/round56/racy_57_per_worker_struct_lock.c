/* TRUTH: racy — each worker struct has its own mutex; worker i locks w[i].lock (different mutexes) and then updates the global `processed`, so the two workers race on processed. */
#include <pthread.h>
#include <stdio.h>

struct worker { pthread_mutex_t lock; int id; int local_jobs; };
static struct worker w[2];
static int processed;

static void *run(void *arg)
{
    struct worker *me = arg;
    for (int i = 0; i < 50; i++) {
        pthread_mutex_lock(&me->lock);
        me->local_jobs++;
        processed++;
        pthread_mutex_unlock(&me->lock);
    }
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    for (int i = 0; i < 2; i++) {
        pthread_mutex_init(&w[i].lock, NULL);
        w[i].id = i;
        pthread_create(&t[i], NULL, run, &w[i]);
    }
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", processed);
    return 0;
}
