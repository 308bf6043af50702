/* TRUTH: free — main joins the writer on both branches of the nondet test before writing x itself, so every write of x by main follows the join */
#include <pthread.h>

extern int __VERIFIER_nondet_int(void);

int x;

void *writer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 20; i++)
        x = x + 1;
    return 0;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, writer, 0);
    if (__VERIFIER_nondet_int()) {
        pthread_join(t, 0);
        x = 2;
    } else {
        pthread_join(t, 0);
        x = 3;
    }
    return x;
}
