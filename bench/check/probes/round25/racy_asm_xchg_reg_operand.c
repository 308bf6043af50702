/* TRUTH: racy. "+r"(counter) makes the compiler load counter into a register and store it back around the asm: the xchg is between two registers, so each thread does a plain read and a plain write of counter, and the two workers' accesses conflict with no order. */
#include <pthread.h>
#include <stdio.h>

int counter;

void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 1000; i++)
        __asm__ __volatile__("xchgl %0, %%eax" : "+r"(counter) : : "eax");
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
