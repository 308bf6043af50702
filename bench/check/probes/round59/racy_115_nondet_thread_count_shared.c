/* TRUTH: racy — n is nondeterministic in 1..4; when n >= 2 two of the threads both write the plain global last_writer with no synchronization. */
#include <pthread.h>

extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int cond);

#define MAXT 4
int last_writer;

void *fn(void *arg)
{
    last_writer = (int)(long)arg;
    return 0;
}

int main(void)
{
    int n = __VERIFIER_nondet_int();
    __VERIFIER_assume(n >= 1 && n <= MAXT);
    pthread_t t[MAXT];
    for (int i = 0; i < n; i++)
        pthread_create(&t[i], 0, fn, (void *)(long)i);
    for (int i = 0; i < n; i++)
        pthread_join(t[i], 0);
    return last_writer;
}
