/* TRUTH: free — ids handed out are 2*i, so slot[id / 2] (line 11) is slot[i]: one element per thread; main reads after the joins. */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);

static int slot[8];

static void *w(void *arg)
{
    int id = (int)(long)arg;
    slot[id / 2] += id;
    return NULL;
}

int main(void)
{
    int n = __VERIFIER_nondet_int();
    __VERIFIER_assume(n >= 1 && n <= 8);
    pthread_t t[8];
    for (int i = 0; i < n; i++)
        pthread_create(&t[i], NULL, w, (void *)(long)(2 * i));
    for (int i = 0; i < n; i++)
        pthread_join(t[i], NULL);
    return slot[0];
}
