/* TRUTH: free — main fills the malloc'd buffer before pthread_create, the thread doubles it, main reads it after pthread_join. */
#include <pthread.h>
#include <stdlib.h>
static void *w(void *arg) { int *b = arg; for (int i = 0; i < 16; i++) b[i] *= 2; return NULL; }
int main(void) {
    int *b = malloc(16 * sizeof *b);
    if (!b) return 1;
    for (int i = 0; i < 16; i++) b[i] = i;
    pthread_t x;
    pthread_create(&x, NULL, w, b);
    pthread_join(x, NULL);
    int r = b[15];
    free(b);
    return r != 30;
}
