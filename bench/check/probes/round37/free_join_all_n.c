/* TRUTH: free — thread i writes res[i] (line 11); the join loop over the same n and step covers every thread before main reads res (line 26). */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);

static int res[8];

static void *w(void *arg)
{
    int *p = arg;
    *p = 9;
    return NULL;
}

int main(void)
{
    int n = __VERIFIER_nondet_int();
    __VERIFIER_assume(n >= 1 && n <= 8);
    pthread_t t[8];
    for (int i = 0; i < n; i++)
        pthread_create(&t[i], NULL, w, &res[i]);
    for (int i = 0; i < n; i += 1)
        pthread_join(t[i], NULL);
    int s = 0;
    for (int i = 0; i < n; i++)
        s += res[i];
    return s;
}
