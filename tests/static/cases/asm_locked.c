// Inline assembly is atomic only for a lock prefix or an xchg as whole tokens, and only when
// the statement names one object; a pointer handed in a register reaches what it points at.
#include <pthread.h>

static int hits, counted, swapped, last, viaptr, token, commented, fenced;

static void *worker(void *a)
{
    (void)a;
    __asm__ __volatile__("lock; incl %0" : "+m"(hits)); // NORACE: one object, a locked increment
    __asm__ __volatile__("incl %0 # unblocked" : "+m"(counted)); // RACE (possible): "block" is no lock prefix
    __asm__ __volatile__("cmpxchgl %1, %0" : "+m"(swapped) : "r"(1) : "eax"); // RACE (possible): cmpxchg without lock
    __asm__ __volatile__("lock; incl %0\n\tmovl $1, %1" : "+m"(token), "=m"(last)); // RACE (possible): two objects
    __asm__ __volatile__("incl %0 # the lock is held by the caller" : "+m"(commented)); // RACE (possible): a comment
    __asm__ __volatile__("lock; orl $0, (%%rsp)\n\tincl %0" : "+m"(fenced)); // RACE (possible): the lock is the fence's
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
    return hits + counted + swapped + last + viaptr + token + commented + fenced;
}
