/* TRUTH: racy — start(2) recurses, so first starts twice; h1 keeps only the later instance; second joins h1 and writes r while the earlier first may read it */
#include <pthread.h>
#include <stdlib.h>


static pthread_t h1, hs[2];
static int r;
static void *first(void *a) { (void)a; int v = r; (void)v; return NULL; }
static void *second(void *a) {
    (void)a;
    pthread_join(h1, NULL);
    r = 1;
    return NULL;
}
static void start(int n) {
    if (n == 0)
        return;
    pthread_create(&h1, NULL, first, NULL);
    hs[n - 1] = h1;
    start(n - 1);
}
int main(void) {
    pthread_t h2;
    start(2);
    pthread_create(&h2, NULL, second, NULL);
    pthread_join(h2, NULL);
    pthread_join(hs[1], NULL);
    return 0;
}
