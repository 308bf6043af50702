/* TRUTH: racy — the test assume(lk == 0) (line 19) and the store lk = 1 (line 22) are in two separate atomic sections: both threads can pass the test before either stores, and then both run shared++ (line 24) concurrently. */
#include <pthread.h>
extern void __VERIFIER_assume(int);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern int __VERIFIER_nondet_int(void);

static int lk;
static int shared;

static void *worker(void *arg)
{
    (void)arg;
    int rounds = __VERIFIER_nondet_int();
    if (rounds < 1 || rounds > 3)
        rounds = 1;
    for (int i = 0; i < rounds; i++) {
        __VERIFIER_atomic_begin();
        __VERIFIER_assume(lk == 0);
        __VERIFIER_atomic_end();
        __VERIFIER_atomic_begin();
        lk = 1;
        __VERIFIER_atomic_end();
        shared++;
        __VERIFIER_atomic_begin();
        lk = 0;
        __VERIFIER_atomic_end();
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return shared > 6;
}
