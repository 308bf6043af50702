/* TRUTH: racy. The asm template, glued from two string macros, stores to the global 'ticks' by its symbol with a plain (non-lock) mov; main reads ticks without synchronisation while the worker runs. */
#include <pthread.h>
#include <stdio.h>

#define STORE_OP "movl $1, "
#define TICKS_SYM "ticks(%%rip)"

int ticks;

static void *worker(void *arg)
{
    (void)arg;
    __asm__ __volatile__(STORE_OP TICKS_SYM ::: "memory");
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    int seen = ticks;
    pthread_join(t, NULL);
    printf("%d %d\n", seen, ticks);
    return 0;
}
