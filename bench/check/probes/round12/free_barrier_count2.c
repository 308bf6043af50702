// free: twin of racy_barrier_count2_four with exactly two threads at a count-2 barrier.
#include <pthread.h>
static pthread_barrier_t bar;
static int x;
static void *wa(void *a) { (void)a; x = 1; pthread_barrier_wait(&bar); return NULL; }
static void *wb(void *a) { (void)a; pthread_barrier_wait(&bar); return (void *)(long)x; }
int main(void)
{
    pthread_t p, q;
    pthread_barrier_init(&bar, NULL, 2);
    pthread_create(&p, NULL, wa, NULL);
    pthread_create(&q, NULL, wb, NULL);
    pthread_join(p, NULL);
    pthread_join(q, NULL);
    return x;
}
