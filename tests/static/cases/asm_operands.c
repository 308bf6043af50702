// GCC inline assembly: an object named as an operand ("+m", "=m") may be read and written by
// the instructions, a value ("r") is read; the thread's races are possible, not definite (the
// instructions may be a barrier, an atomic or a lock the analysis cannot read).
#include <pthread.h>

static long hits, seen;
static int input;
int ticks; /* named by its symbol in a template, no operand */

static void bump(long *p)
{
    __asm__ __volatile__("incq %0" : "+m"(*p)); // RACE (possible): two threads increment it, no lock prefix
}

static void *worker(void *a)
{
    (void)a;
    bump(&hits);
    int r;
    __asm__ __volatile__("movl %1, %0" : "=r"(r) : "r"(input)); // NORACE: both threads only read it
    __asm__ __volatile__("" : "=m"(seen)); // RACE (possible): an output, written by both
    __asm__ __volatile__("addl $1, ticks(%%rip)" ::: "memory", "cc"); // RACE (possible): the template names it
    return (void *)(long)r;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, worker, 0);
    pthread_create(&b, 0, worker, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return (int)(hits + seen);
}
