// free: the worker loops forever before x++ (the program never ends, but x++ never runs); main does not join.
#include <pthread.h>
#include <unistd.h>
static int x;
static volatile int stop;
static void *worker(void *a)
{
    (void)a;
    while (1)
        sleep(1);
    x++;
    return NULL;
}
int main(void)
{
    pthread_t p, q;
    pthread_create(&p, NULL, worker, NULL);
    pthread_create(&q, NULL, worker, NULL);
    sleep(1);
    return 0;
}
