/* TRUTH: free — n <= 4, so ids 0..n-1 give distinct slot[id % 4] (line 11) per thread; main reads after the joins. */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);

static int slot[4];

static void *w(void *arg)
{
    int id = (int)(long)arg;
    slot[id % 4] += 1;
    return NULL;
}

int main(void)
{
    int n = __VERIFIER_nondet_int();
    __VERIFIER_assume(n >= 1 && n <= 4);
    pthread_t t[8];
    for (int i = 0; i < n; i++)
        pthread_create(&t[i], NULL, w, (void *)(long)i);
    for (int i = 0; i < n; i++)
        pthread_join(t[i], NULL);
    return slot[0];
}
