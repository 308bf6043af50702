// racy: a barrier of count 2 with four threads: B may pass together with C while A is still writing x.
#include <pthread.h>
static pthread_barrier_t bar;
static int x;
static void *wa(void *a) { (void)a; x = 1; pthread_barrier_wait(&bar); return NULL; }
static void *wb(void *a) { (void)a; pthread_barrier_wait(&bar); return (void *)(long)x; }
static void *wc(void *a) { (void)a; pthread_barrier_wait(&bar); return NULL; }
int main(void)
{
    pthread_t p, q, r, s;
    pthread_barrier_init(&bar, NULL, 2);
    pthread_create(&p, NULL, wa, NULL);
    pthread_create(&q, NULL, wb, NULL);
    pthread_create(&r, NULL, wc, NULL);
    pthread_create(&s, NULL, wc, NULL);
    pthread_join(p, NULL);
    pthread_join(q, NULL);
    pthread_join(r, NULL);
    pthread_join(s, NULL);
    return x;
}
