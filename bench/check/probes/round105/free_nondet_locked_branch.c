/* TRUTH: free — both writes of x hold m: the nondet branch only picks which value */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
static void assume_abort_if_not(int cond) { if (!cond) abort(); }


int x;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *t(void *a) {
    int c = __VERIFIER_nondet_int();
    assume_abort_if_not(c >= 0 && c <= 3);
    pthread_mutex_lock(&m);
    if (c < 2)
        x = 1;
    else
        x = 3;
    pthread_mutex_unlock(&m);
    return NULL;
}
int main(void) {
    pthread_t h;
    pthread_create(&h, NULL, t, NULL);
    pthread_mutex_lock(&m);
    x = 2;
    pthread_mutex_unlock(&m);
    pthread_join(h, NULL);
    return 0;
}
