/* TRUTH: free — enter()/leave() wrap __VERIFIER_atomic_begin/end; workers' x++ (line 16) and main's read (line 30) are each inside such a section, so they exclude each other. */
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
    x++;
    leave();
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
