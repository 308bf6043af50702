/* TRUTH: free — main writes cfg before its worker loop; workers and main start probe only after the write; probes write different slots */
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
    cfg = 7;
    for (long i = 0; i < 2; i++)
        pthread_create(&w[i], NULL, worker, (void *)i);
    pthread_create(&p, NULL, probe, (void *)2L);
    for (int i = 0; i < 2; i++)
        pthread_join(w[i], NULL);
    pthread_join(p, NULL);
    return seen[0] + seen[1] + seen[2];
}
