/* TRUTH: racy — the assumption allows n == 2: two workers then run the unprotected x++ (line 11) concurrently. */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);

static int x;

static void *w(void *arg)
{
    (void)arg;
    x++;
    return NULL;
}

int main(void)
{
    int n = __VERIFIER_nondet_int();
    __VERIFIER_assume(n >= 1 && n <= 2);
    pthread_t t[4];
    for (int i = 0; i < n; i++)
        pthread_create(&t[i], NULL, w, NULL);
    for (int i = 0; i < n; i++)
        pthread_join(t[i], NULL);
    return x;
}
