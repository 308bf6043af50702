/* TRUTH: racy. The C variable 'counter' has the assembler name 'g_ctr'; both threads run 'incl g_ctr(%rip)' (no lock prefix): a plain read-modify-write of counter by two threads at once. */
#include <pthread.h>
#include <stdio.h>

int counter __asm__("g_ctr");

static void *worker(void *arg)
{
    (void)arg;
    __asm__ __volatile__("incl g_ctr(%%rip)" ::: "memory", "cc");
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", counter);
    return 0;
}
