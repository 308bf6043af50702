// free: a thread-local counter, each thread its own.
#include <pthread.h>
static __thread int calls;
static void *worker(void *a)
{
    (void)a;
    calls++;
    return (void *)(long)calls;
}
int main(void)
{
    pthread_t p, q;
    pthread_create(&p, NULL, worker, NULL);
    pthread_create(&q, NULL, worker, NULL);
    pthread_join(p, NULL);
    pthread_join(q, NULL);
    return calls;
}
