/* TRUTH: racy. The template's last instruction 'addl $1, hits(%rip)' (no lock prefix) is a plain read-modify-write of the global hits, run by two threads at once; the instructions before it only touch registers. */
#include <pthread.h>
#include <stdio.h>

int hits;

static void *worker(void *arg)
{
    (void)arg;
    __asm__ __volatile__("nop\n\t"
                         "nop\n\t"
                         "nop\n\t"
                         "nop\n\t"
                         "nop\n\t"
                         "nop\n\t"
                         "nop\n\t"
                         "nop\n\t"
                         "nop\n\t"
                         "nop\n\t"
                         "nop\n\t"
                         "nop\n\t"
                         "nop\n\t"
                         "nop\n\t"
                         "nop\n\t"
                         "nop\n\t"
                         "nop\n\t"
                         "addl $1, hits(%%rip)"
                         :
                         :
                         : "memory", "cc");
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", hits);
    return 0;
}
