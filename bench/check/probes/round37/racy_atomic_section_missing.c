/* TRUTH: racy — main reads x (line 27) outside any atomic section while workers (started, not yet joined) write it with x++ inside a section (line 15); sections exclude only each other. */
#include <pthread.h>
#include <assert.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);

static int x;

static void *worker(void *arg)
{
    (void)arg;
    __VERIFIER_atomic_begin();
    x++;
    __VERIFIER_atomic_end();
    return NULL;
}

int main(void)
{
    int n = __VERIFIER_nondet_int();
    __VERIFIER_assume(n >= 1 && n <= 4);
    pthread_t t[4];
    for (int i = 0; i < n; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    int r = x;
    for (int i = 0; i < n; i++)
        pthread_join(t[i], NULL);
    assert(r <= x);
    return 0;
}
