/* TRUTH: race-free. main reads done in a section and aborts unless both workers had finished (each bumps done after writing its slot); when it goes on, the slot reads are ordered after the writes. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
int slot[2];
int done;
static void *worker(void *arg) {
    long i = (long)arg;
    slot[i] = (int)i + 7;
    __VERIFIER_atomic_begin();
    done++;
    __VERIFIER_atomic_end();
    return NULL;
}
int main(void) {
    pthread_t a, b;
    int d;
    pthread_create(&a, NULL, worker, (void *)0L);
    pthread_create(&b, NULL, worker, (void *)1L);
    __VERIFIER_atomic_begin();
    d = done;
    __VERIFIER_atomic_end();
    if (d != 2)
        abort();
    return slot[0] + slot[1];
}
