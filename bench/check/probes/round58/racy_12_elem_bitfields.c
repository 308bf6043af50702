/* TRUTH: racy — x and y are adjacent bit-fields, one memory location (C11 3.14): t1 writes pa[i].x and t2 writes pa[i].y for the same i, unsynchronized. */
#include <pthread.h>
struct P { unsigned x : 4; unsigned y : 4; };
static struct P pa[8];
static void *t1(void *p) { (void)p; for (int i = 0; i < 8; i++) pa[i].x = 1; return NULL; }
static void *t2(void *p) { (void)p; for (int i = 0; i < 8; i++) pa[i].y = 2; return NULL; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, t1, NULL); pthread_create(&y, NULL, t2, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return pa[0].x;
}
