/* TRUTH: free — g.l->a, g.r->b, distinct objects */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int a, b;
struct two { int *l, *r; } g;
void *t1(void *arg) { *g.l = 1; return NULL; }
void *t2(void *arg) { *g.r = 2; return NULL; }
int main(void) {
    pthread_t x1, x2;
    g.l = &a;
    g.r = &b;
    pthread_create(&x1, NULL, t1, NULL);
    pthread_create(&x2, NULL, t2, NULL);
    pthread_join(x1, NULL);
    pthread_join(x2, NULL);
    return 0;
}
