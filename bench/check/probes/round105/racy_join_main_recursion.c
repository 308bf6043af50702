/* TRUTH: racy — main calls itself once, so first starts twice into h1; second joins h1 (the later instance only) and writes r while the earlier first may read it */
#include <pthread.h>
#include <stdlib.h>


static pthread_t h1, h0;
static int r, round_;
static void *first(void *a) { (void)a; int v = r; (void)v; return NULL; }
static void *second(void *a) {
    (void)a;
    pthread_join(h1, NULL);
    r = 1;
    return NULL;
}
int main(void) {
    pthread_t h2;
    if (round_ == 1)
        h0 = h1;
    pthread_create(&h1, NULL, first, NULL);
    if (round_++ == 0) {
        main();
        return 0;
    }
    pthread_create(&h2, NULL, second, NULL);
    pthread_join(h2, NULL);
    pthread_join(h0, NULL);
    return 0;
}
