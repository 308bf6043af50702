/* TRUTH: racy — main starts worker and an early indexer, joins the indexer, then writes level; worker (still running) starts another indexer after a delay, which reads level concurrently with main's write */
#include <pthread.h>
#include <unistd.h>
static int level;
static int idx[2];
static void *indexer(void *arg) { idx[(long)arg] = level; return NULL; }
static void *worker(void *arg)
{
    (void)arg;
    usleep(20000);
    pthread_t t;
    pthread_create(&t, NULL, indexer, (void *)0L);
    pthread_join(t, NULL);
    return NULL;
}
int main(void)
{
    pthread_t w, i;
    pthread_create(&w, NULL, worker, NULL);
    pthread_create(&i, NULL, indexer, (void *)1L);
    pthread_join(i, NULL);
    usleep(20000);
    level = 3;
    pthread_join(w, NULL);
    return idx[0] + idx[1] + level;
}
