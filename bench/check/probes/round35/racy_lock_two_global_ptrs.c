/* TRUTH: racy — pa = &m, pb = &m2: two different mutexes; t1 and t2 increment g unordered. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER;
pthread_mutex_t *pa = &m, *pb = &m2;
int g;
void *t1(void *p) { pthread_mutex_lock(pa); g++; pthread_mutex_unlock(pa); return 0; }
void *t2(void *p) { pthread_mutex_lock(pb); g++; pthread_mutex_unlock(pb); return 0; }
int main(void)
{
    pthread_t x, y;
    pthread_create(&x, 0, t1, 0);
    pthread_create(&y, 0, t2, 0);
    pthread_join(x, 0);
    pthread_join(y, 0);
    return g;
}
