/* TRUTH: racy. The template names 'flags' through a symbol-name macro defined as a string ("flags"), glued into the template; the worker stores with a plain mov while main reads flags unsynchronised. */
#include <pthread.h>
#include <stdio.h>

#define SYM_NAME "flags"
#define STORE_ONE(sym) __asm__ __volatile__("movl $1, " sym "(%%rip)" ::: "memory")

int flags;

static void *worker(void *arg)
{
    (void)arg;
    STORE_ONE(SYM_NAME);
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    int f = flags;
    pthread_join(t, NULL);
    printf("%d\n", f);
    return 0;
}
