/* TRUTH: racy. Both threads run 'incl ticks(%rip)' (no lock prefix; the symbol comes from a macro stringized into the template): a plain read-modify-write of the global ticks by two threads at once. */
#include <pthread.h>
#include <stdio.h>

#define STR_(x) #x
#define STR(x) STR_(x)
#define COUNTER ticks

int ticks;

static void *worker(void *arg)
{
    (void)arg;
    __asm__ __volatile__("incl " STR(COUNTER) "(%%rip)" ::: "memory", "cc");
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", ticks);
    return 0;
}
