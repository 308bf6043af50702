/* TRUTH: racy. A file-scope static 'seq' is bumped with 'incl seq(%rip)' in the asm of both threads (no lock prefix): a plain read-modify-write by two threads at once. */
#include <pthread.h>
#include <stdio.h>

static int seq __attribute__((used));

static void *worker(void *arg)
{
    (void)arg;
    __asm__ __volatile__("incl seq(%%rip)" ::: "memory", "cc");
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", seq);
    return 0;
}
