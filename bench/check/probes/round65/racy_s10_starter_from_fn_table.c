/* TRUTH: racy — main starts the worker through an entry table, then writes quota; the worker also starts auditor, which reads quota; main starts auditor after the write */
#include <pthread.h>
static int quota;
static int audit[2];
static void *auditor(void *arg) { audit[(long)arg] = quota; return NULL; }
static void *worker(void *arg)
{
    (void)arg;
    pthread_t t;
    pthread_create(&t, NULL, auditor, (void *)0L);
    pthread_join(t, NULL);
    return NULL;
}
static void *(*const entries[])(void *) = {worker};
int main(void)
{
    pthread_t w, a;
    pthread_create(&w, NULL, entries[0], NULL);
    quota = 8;
    pthread_create(&a, NULL, auditor, (void *)1L);
    pthread_join(w, NULL);
    pthread_join(a, NULL);
    return audit[0] + audit[1];
}
