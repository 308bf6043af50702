/* TRUTH: free — the assumption allows only n == 1: one worker does x++ (line 11) unprotected, and main reads x (line 24) after joining it; no two threads ever access x concurrently. */
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
    __VERIFIER_assume(n == 1);
    pthread_t t[4];
    for (int i = 0; i < n; i++)
        pthread_create(&t[i], NULL, w, NULL);
    for (int i = 0; i < n; i++)
        pthread_join(t[i], NULL);
    return x;
}
