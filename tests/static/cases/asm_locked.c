// Inline assembly is atomic only for a lock prefix or an xchg as whole tokens, and only when
// the statement names one object; a pointer handed in a register reaches what it points at.
#include <pthread.h>

static int hits, counted, swapped, last, viaptr, token;

static void *worker(void *a)
{
    (void)a;
    __asm__ __volatile__("lock; incl %0" : "+m"(hits)); // NORACE: one object, a locked increment
    __asm__ __volatile__("incl %0 # unblocked" : "+m"(counted)); // RACE (possible): "block" is no lock prefix
    __asm__ __volatile__("cmpxchgl %1, %0" : "+m"(swapped) : "r"(1) : "eax"); // RACE (possible): cmpxchg without lock
    __asm__ __volatile__("lock; incl %0\n\tmovl $1, %1" : "+m"(token), "=m"(last)); // RACE (possible): two objects
    int *p = &viaptr;
    __asm__ __volatile__("movl $1, (%0)" : : "r"(p) : "memory"); // RACE (possible): a store through the pointer
    return 0;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, worker, 0);
    pthread_create(&b, 0, worker, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return hits + counted + swapped + last + viaptr + token;
}
