/* TRUTH: race-free. The verifier lock lk (assume(lk == 0); lk = 1 in an atomic section, released by lk = 0 in an atomic section) guards every counter access. */
#include <pthread.h>
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
int lk;
int counter;
static void acquire(void) {
    __VERIFIER_atomic_begin();
    __VERIFIER_assume(lk == 0);
    lk = 1;
    __VERIFIER_atomic_end();
}
static void release(void) {
    __VERIFIER_atomic_begin();
    lk = 0;
    __VERIFIER_atomic_end();
}
static void *worker(void *arg) {
    (void)arg;
    acquire();
    counter++;
    release();
    return NULL;
}
int main(void) {
    pthread_t t[3];
    int i;
    for (i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    for (i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    return counter;
}
