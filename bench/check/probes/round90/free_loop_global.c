/* free: main sets 'generation' before creating the workers and reads seen[] after joining;
   each worker writes only its own seen[i]. */
#include <pthread.h>
#define NT 4
static int generation;
static long seen[NT];

static void *worker(void *arg) {
    long *slot = arg;
    for (int k = 0; k < 100; k++) *slot += generation;
    return NULL;
}
int main(void) {
    pthread_t t[NT];
    generation = 1;
    for (int i = 0; i < NT; i++) pthread_create(&t[i], NULL, worker, &seen[i]);
    for (int i = 0; i < NT; i++) pthread_join(t[i], NULL);
    return (int)seen[0];
}
