/* TRUTH: racy — the join is under an independent nondet d: with c != 0 and d == 0, main's x = 2 (line 23) runs while the writer may still do x = 1 (line 10). */
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
    int d = __VERIFIER_nondet_int();
    if (c && d)
        pthread_join(t, NULL);
    x = 2 + d;
    return x;
}
