/* TRUTH: free — the writer thread exists only when c!=0 and is then joined under the same condition before main writes x; for c==0 main is alone */
#include <pthread.h>

extern int __VERIFIER_nondet_int(void);

int x;

void *writer(void *arg)
{
    (void)arg;
    x = x + 3;
    return 0;
}

int main(void)
{
    pthread_t t;
    int c = __VERIFIER_nondet_int();
    if (c)
        pthread_create(&t, 0, writer, 0);
    if (c)
        pthread_join(t, 0);
    x = x + 1;
    return x > 0 ? 0 : 1;
}
