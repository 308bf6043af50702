/* racy: `volatile` is not atomic: the handshake flag is a plain volatile int,
   so flag and data accesses race. */
#include <pthread.h>
static volatile int ready;
static int payload;
static void *prod(void *x) { (void)x; payload = 9; ready = 1; return 0; }
static void *cons(void *x) { (void)x; while (ready == 0) ; return (void *)(long)payload; }
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, prod, 0);
    pthread_create(&q, 0, cons, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return 0;
}
