/* TRUTH: racy — main's loop starts a worker in iteration 0 and writes cfg in iteration 1; workers start probe, which reads cfg, and main starts probe after the loop; the iteration-0 worker's probe races with the write */
#include <pthread.h>
static int cfg;
static int seen[3];
static void *probe(void *arg) { seen[(long)arg] = cfg; return NULL; }
static void *worker(void *arg)
{
    pthread_t t;
    pthread_create(&t, NULL, probe, arg);
    pthread_join(t, NULL);
    return NULL;
}
int main(void)
{
    pthread_t w[2], p;
    for (long i = 0; i < 2; i++) {
        if (i == 1)
            cfg = 7;
        pthread_create(&w[i], NULL, worker, (void *)i);
    }
    pthread_create(&p, NULL, probe, (void *)2L);
    for (int i = 0; i < 2; i++)
        pthread_join(w[i], NULL);
    pthread_join(p, NULL);
    return seen[0] + seen[1] + seen[2];
}
