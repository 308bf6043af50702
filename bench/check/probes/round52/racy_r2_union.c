/* TRUTH: racy — u.v overwrites u.p with &b; t and main both write b */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int a, b;
union { int *p; uintptr_t v; } u;
void *t(void *arg) { *u.p = 1; return NULL; }
int main(void) {
    pthread_t th;
    u.p = &a;
    u.v = (uintptr_t)&b;
    pthread_create(&th, NULL, t, NULL);
    b = 2;
    pthread_join(th, NULL);
    return 0;
}
