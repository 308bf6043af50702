/* TRUTH: free — this program's own __VERIFIER_nondet_int returns an atomic flag main sets after writing x; the thread writes x only once it saw the flag set (else the run aborts) */
#include <pthread.h>
#include <stdlib.h>
#include <stdatomic.h>
static atomic_int flag;
static int x;
int __VERIFIER_nondet_int(void) { return atomic_load(&flag); }
static void assume_abort_if_not(int cond) { if (!cond) abort(); }
static void *t(void *a) {
    int c = __VERIFIER_nondet_int();
    assume_abort_if_not(c == 1);
    x = 1;
    return NULL;
}
int main(void) {
    pthread_t h;
    pthread_create(&h, NULL, t, NULL);
    x = 2;
    atomic_store(&flag, 1);
    pthread_join(h, NULL);
    return x;
}
