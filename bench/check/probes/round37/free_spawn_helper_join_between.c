/* TRUTH: free — the first batch is joined before the second batch starts; within a batch thread i alone gets &a[i] for its *p += 1 (line 10). */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);

static int a[8];

static void *w(void *arg)
{
    int *p = arg;
    *p += 1;
    return NULL;
}

static void spawn(pthread_t *t, int n)
{
    for (int i = 0; i < n; i++)
        pthread_create(&t[i], NULL, w, &a[i]);
}

static void joinall(pthread_t *t, int n)
{
    for (int i = 0; i < n; i++)
        pthread_join(t[i], NULL);
}

int main(void)
{
    int n = __VERIFIER_nondet_int();
    if (n < 1 || n > 8)
        return 0;
    pthread_t t1[8], t2[8];
    spawn(t1, n);
    joinall(t1, n);
    spawn(t2, n);
    joinall(t2, n);
    return a[0];
}
