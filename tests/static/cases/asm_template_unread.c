// INCOMPLETE: an asm template written with a macro's piece ("incl " STR(COUNTER) "(%%rip)")
// is not read whole, so which globals it names is not known: the analysis is incomplete,
// never a proof.
#include <pthread.h>

#define STR_(x) #x
#define STR(x) STR_(x)
#define COUNTER ticks
int ticks, plain;

static void *worker(void *a)
{
    (void)a;
    __asm__ __volatile__("incl " STR(COUNTER) "(%%rip)" ::: "memory", "cc");
    plain++; // RACE (possible): the thread's asm may be a lock
    return NULL;
}

int main(void)
{
    pthread_t x, y;
    pthread_create(&x, NULL, worker, NULL);
    pthread_create(&y, NULL, worker, NULL);
    pthread_join(x, NULL);
    pthread_join(y, NULL);
    return ticks;
}
