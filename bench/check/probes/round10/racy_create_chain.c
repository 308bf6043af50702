/* racy: t1 creates t2 and then writes x while t2 writes x too. */
#include <pthread.h>
static int x;
static void *t2(void *a) { (void)a; x = 3; return 0; }
static void *t1(void *a) {
    (void)a;
    pthread_t c;
    pthread_create(&c, 0, t2, 0);
    x = 2;
    pthread_join(c, 0);
    return 0;
}
int main(void) {
    x = 1;
    pthread_t p;
    pthread_create(&p, 0, t1, 0);
    pthread_join(p, 0);
    return x;
}
