/* TRUTH: free — each thread takes lk with assume(lk == 0); lk = 1 inside ONE atomic section (line 20) and releases with lk = 0 in a section; the two threads' shared++ (line 22) are therefore mutually exclusive (ordered by the sections). */
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
