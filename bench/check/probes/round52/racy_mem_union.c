/* TRUTH: racy — u.a and u.b overlap in a union */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
union { int a; int b; } u;
void *t1(void *arg) { u.a = 1; return NULL; }
void *t2(void *arg) { u.b = 2; return NULL; }
int main(void) {
    pthread_t x1, x2;
    pthread_create(&x1, NULL, t1, NULL);
    pthread_create(&x2, NULL, t2, NULL);
    pthread_join(x1, NULL);
    pthread_join(x2, NULL);
    return 0;
}
