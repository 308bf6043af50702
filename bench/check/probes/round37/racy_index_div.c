/* TRUTH: racy — ids are 0..n-1, so ids 0 and 1 (n >= 2) both run slot[id / 2] += id (line 11) on slot[0]. */
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
        pthread_create(&t[i], NULL, w, (void *)(long)i);
    for (int i = 0; i < n; i++)
        pthread_join(t[i], NULL);
    return slot[0];
}
