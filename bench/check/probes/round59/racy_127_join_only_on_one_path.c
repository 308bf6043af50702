/* TRUTH: racy — main joins the worker only when the nondeterministic check succeeds; on the other path it reads checksum while the worker may still be writing it. */
#include <pthread.h>

extern int __VERIFIER_nondet_int(void);

int checksum;

void *worker(void *a)
{
    int s = 0;
    for (int i = 0; i < 16; i++)
        s ^= i * 31;
    checksum = s;
    return a;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    if (__VERIFIER_nondet_int())
        pthread_join(t, 0);
    return checksum;
}
