/* TRUTH: racy — t2's local p also points to a; both write a */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
#include <setjmp.h>
int a, b;
int *p;
void *t1(void *arg) { *p = 1; return NULL; }
void *t2(void *arg) {
    int *p = &a;
    *p = 2;
    return NULL;
}
int main(void) {
    pthread_t x1, x2;
    p = &a;
    pthread_create(&x1, NULL, t1, NULL);
    pthread_create(&x2, NULL, t2, NULL);
    pthread_join(x1, NULL);
    pthread_join(x2, NULL);
    return 0;
}
