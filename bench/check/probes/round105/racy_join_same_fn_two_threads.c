/* TRUTH: racy — worker runs as two threads; only the one given 1 joins first, the one given 0 reads r while first may be writing it */
#include <pthread.h>
#include <stdlib.h>
static pthread_t h1;
static int r, out[2];
static void *first(void *a) { (void)a; r = 1; return NULL; }
static void *worker(void *a) {
    long i = (long)a;
    if (i)
        pthread_join(h1, NULL);
    out[i] = r;
    return NULL;
}
int main(void) {
    pthread_t h2, h3;
    pthread_create(&h1, NULL, first, NULL);
    pthread_create(&h2, NULL, worker, (void *)1);
    pthread_create(&h3, NULL, worker, (void *)0);
    pthread_join(h2, NULL);
    pthread_join(h3, NULL);
    return out[0];
}
