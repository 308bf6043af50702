/* TRUTH: free — the thread is started under `if (c)` and joined under the same `if (c)` (c never changes), so main's x = 2 (line 23) always follows the join of any thread that wrote x (line 10). */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);

static int x;

static void *writer(void *arg)
{
    (void)arg;
    x = 1;
    return NULL;
}

int main(void)
{
    pthread_t t;
    int c = __VERIFIER_nondet_int();
    if (c)
        pthread_create(&t, NULL, writer, NULL);
    int local = __VERIFIER_nondet_int() % 7;
    if (c)
        pthread_join(t, NULL);
    x = 2 + local;
    return x;
}
