/* racy: main updates 'generation' after creating the workers but before joining them, while
   the workers read it. */
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
    for (int i = 0; i < NT; i++) pthread_create(&t[i], NULL, worker, &seen[i]);
    generation = 1;
    for (int i = 0; i < NT; i++) pthread_join(t[i], NULL);
    return (int)seen[0];
}
