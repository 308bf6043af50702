/* TRUTH: free — lk[0] and lk[1] both point to the one mutex m (set in the initializer, never changed); t1 increments g holding *lk[0], t2 holding *lk[1]: the same mutex, so the increments are ordered. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_mutex_t *lk[2] = { &m, &m };
int g;
void *t1(void *p) { pthread_mutex_lock(lk[0]); g++; pthread_mutex_unlock(lk[0]); return 0; }
void *t2(void *p) { pthread_mutex_lock(lk[1]); g++; pthread_mutex_unlock(lk[1]); return 0; }
int main(void)
{
    pthread_t x, y;
    pthread_create(&x, 0, t1, 0);
    pthread_create(&y, 0, t2, 0);
    pthread_join(x, 0);
    pthread_join(y, 0);
    return g;
}
