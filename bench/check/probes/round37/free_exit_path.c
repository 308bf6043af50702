/* TRUTH: free — main either exits at once (no access to x) or joins the writer before x = 2 (line 22); the writer's x = 1 (line 11) is ordered before main's store by the join. */
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
    if (__VERIFIER_nondet_int())
        exit(0);
    pthread_join(t, NULL);
    x = 2;
    return x;
}
