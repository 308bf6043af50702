// free: the write after the helper never runs: spin() never returns (no noreturn attribute).
#include <pthread.h>
#include <unistd.h>
static int x;
static void spin(void)
{
    for (;;)
        pause();
}
static void *worker(void *a)
{
    if (a)
        spin();
    x++;
    return NULL;
}
int main(void)
{
    pthread_t p, q;
    pthread_create(&p, NULL, worker, (void *)1);
    pthread_create(&q, NULL, worker, (void *)1);
    pthread_join(p, NULL);
    pthread_join(q, NULL);
    return x;
}
