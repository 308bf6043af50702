/* TRUTH: racy — the worker leaves its section before x++ (line 17): unprotected, it races with main's read in a section (line 30) and with other workers. */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);

static int x;

static void enter(void) { __VERIFIER_atomic_begin(); }
static void leave(void) { __VERIFIER_atomic_end(); }

static void *worker(void *arg)
{
    (void)arg;
    enter();
    leave();
    x++;
    return NULL;
}

int main(void)
{
    int n = __VERIFIER_nondet_int();
    if (n < 1 || n > 4)
        return 0;
    pthread_t t[4];
    for (int i = 0; i < n; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    enter();
    int r = x;
    leave();
    for (int i = 0; i < n; i++)
        pthread_join(t[i], NULL);
    return r;
}
