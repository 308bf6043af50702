/* TRUTH: racy — the asm statement stores 4 into g after main's g = 5: the worker sees 4 and writes x with main */
#include <pthread.h>
#include <stdio.h>

int g;
static int x;

static void *worker(void *arg)
{
    (void)arg;
    if (g == 4)
        x++;
    return 0;
}

int main(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    g = 5;
    __asm__ volatile("movl $4, g(%%rip)" ::: "memory");
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    x++;
    pthread_join(t, 0);
    printf("%d\n", x);
    return 0;
}
