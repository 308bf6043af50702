/* TRUTH: racy — main writes b[0] after creating the thread that reads and writes b[0..15], before joining: unordered. */
#include <pthread.h>
#include <stdlib.h>
static void *w(void *arg) { int *b = arg; for (int i = 0; i < 16; i++) b[i] *= 2; return NULL; }
int main(void) {
    int *b = calloc(16, sizeof *b);
    if (!b) return 1;
    pthread_t x;
    pthread_create(&x, NULL, w, b);
    b[0] = 7;
    pthread_join(x, NULL);
    int r = b[0];
    free(b);
    return r;
}
