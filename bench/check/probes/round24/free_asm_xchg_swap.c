/* TRUTH: race-free. Each thread swaps its id into slot with xchgl on memory (implicitly locked, atomic); the other operand is a private local; main reads slot after joining both. */
#include <pthread.h>
#include <stdio.h>

static int slot;
static int seen[2];

static void *worker(void *arg)
{
    int id = (int)(long)arg;
    int v = id + 1;
    __asm__ __volatile__("xchgl %0, %1" : "+r"(v), "+m"(slot) : : "memory");
    seen[id] = v;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)0L);
    pthread_create(&b, NULL, worker, (void *)1L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d %d\n", slot, seen[0], seen[1]);
    return 0;
}
