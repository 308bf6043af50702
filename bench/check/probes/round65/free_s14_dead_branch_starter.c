/* TRUTH: free — helper would start probe only when verbosity > 100, which never holds (main sets 1); probe is otherwise started by main after writing limit */
#include <pthread.h>
static int verbosity, limit;
static int seen[2];
static void *probe(void *arg) { seen[(long)arg] = limit; return NULL; }
static void *helper(void *arg)
{
    (void)arg;
    if (verbosity > 100) {
        pthread_t t;
        pthread_create(&t, NULL, probe, (void *)0L);
        pthread_join(t, NULL);
    }
    return NULL;
}
int main(void)
{
    pthread_t h, p;
    verbosity = 1;
    pthread_create(&h, NULL, helper, NULL);
    limit = 50;
    pthread_create(&p, NULL, probe, (void *)1L);
    pthread_join(h, NULL);
    pthread_join(p, NULL);
    return seen[0] + seen[1];
}
