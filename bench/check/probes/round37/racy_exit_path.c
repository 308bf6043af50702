/* TRUTH: racy — on the early-exit path main stores x = 5 (line 20) before exit, while the writer may be running x = 1 (line 11). */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);

static int x;

static void *writer(void *arg)
{
    (void)arg;
    x = 1;
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, writer, NULL);
    if (__VERIFIER_nondet_int()) {
        x = 5;
        exit(0);
    }
    pthread_join(t, NULL);
    x = 2;
    return x;
}
