/* TRUTH: free — thread i gets buf + i of a malloc'ed buffer of nondet size n + 1 and touches only *p (line 9, line 10); main frees buf after joining all n threads. */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);

static void *w(void *arg)
{
    int *p = arg;
    *p = 1;
    *p += 2;
    return NULL;
}

int main(void)
{
    int n = __VERIFIER_nondet_int();
    if (n < 1 || n > 8)
        return 0;
    int *buf = malloc((n + 1) * sizeof *buf);
    if (!buf)
        return 0;
    pthread_t t[8];
    for (int i = 0; i < n; i++)
        pthread_create(&t[i], NULL, w, buf + i);
    for (int i = 0; i < n; i++)
        pthread_join(t[i], NULL);
    free(buf);
    return 0;
}
