/* TRUTH: racy — the goto loop hands &slot[i / 2], so threads 0 and 1 (n >= 2) both run *p = *p + 1 (line 10) on slot[0]. */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);

static int slot[8];

static void *w(void *arg)
{
    int *p = arg;
    *p = *p + 1;
    return NULL;
}

int main(void)
{
    pthread_t t[8];
    int n = __VERIFIER_nondet_int();
    int i = 0;
    if (n < 1 || n > 8)
        goto out;
start:
    if (i >= n)
        goto joins;
    pthread_create(&t[i], NULL, w, &slot[i / 2]);
    i++;
    goto start;
joins:
    i = 0;
again:
    if (i < n) {
        pthread_join(t[i], NULL);
        i++;
        goto again;
    }
out:
    return slot[0];
}
