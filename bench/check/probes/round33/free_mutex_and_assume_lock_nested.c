/* TRUTH: race-free. Both threads hold the assume-lock lk around data++ (t1 additionally holds mutex m). */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
int lk;
void __VERIFIER_atomic_acquire(void) {
    __VERIFIER_assume(lk == 0);
    lk = 1;
}
void __VERIFIER_atomic_release(void) { lk = 0; }
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int data;
static void *t1(void *arg) {
    (void)arg;
    pthread_mutex_lock(&m);
    __VERIFIER_atomic_acquire();
    data++;
    __VERIFIER_atomic_release();
    pthread_mutex_unlock(&m);
    return NULL;
}
static void *t2(void *arg) {
    (void)arg;
    __VERIFIER_atomic_acquire();
    data++;
    __VERIFIER_atomic_release();
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
