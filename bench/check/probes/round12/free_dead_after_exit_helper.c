// free: die() always exits the process, so x++ never runs in any thread.
#include <pthread.h>
#include <stdlib.h>
static int x;
static void die(int code) { exit(code); }
static void *worker(void *a)
{
    (void)a;
    die(0);
    x++;
    return NULL;
}
int main(void)
{
    pthread_t p, q;
    pthread_create(&p, NULL, worker, NULL);
    pthread_create(&q, NULL, worker, NULL);
    pthread_join(p, NULL);
    pthread_join(q, NULL);
    return x;
}
