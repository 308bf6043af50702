/* TRUTH: free — the number of threads n is nondeterministic (assumed 1..4); thread i writes only res[i]; main joins all n threads before reading res[0..n). */
#include <pthread.h>

extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int cond);

#define MAXT 4
int res[MAXT];

void *fn(void *arg)
{
    int *slot = arg;
    *slot = (int)(slot - res) + 1;
    return 0;
}

int main(void)
{
    int n = __VERIFIER_nondet_int();
    __VERIFIER_assume(n >= 1 && n <= MAXT);
    pthread_t t[MAXT];
    for (int i = 0; i < n; i++)
        pthread_create(&t[i], 0, fn, &res[i]);
    for (int i = 0; i < n; i++)
        pthread_join(t[i], 0);
    int s = 0;
    for (int i = 0; i < n; i++)
        s += res[i];
    return s;
}
