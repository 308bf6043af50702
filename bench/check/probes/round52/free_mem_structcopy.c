/* TRUTH: free — t2 writes s2.b, a different object */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
struct S { int a, b; } s, s2, src;
void *t1(void *arg) { s = src; return NULL; }
void *t2(void *arg) { s2.b = 2; return NULL; }
int main(void) {
    pthread_t x1, x2;
    pthread_create(&x1, NULL, t1, NULL);
    pthread_create(&x2, NULL, t2, NULL);
    pthread_join(x1, NULL);
    pthread_join(x2, NULL);
    return 0;
}
