/* racy: mp = locks (array decay: &locks[0]); t1 locks &mp[1] = &locks[1], t2 locks
   &locks[0]: counter is under two different mutexes. */
#include <pthread.h>
static pthread_mutex_t locks[2] = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER };
static pthread_mutex_t *mp = locks;
static int counter;
static void *t1(void *a) { (void)a; pthread_mutex_lock(&mp[1]); counter++; pthread_mutex_unlock(&mp[1]); return 0; }
static void *t2(void *a) { (void)a; pthread_mutex_lock(&locks[0]); counter++; pthread_mutex_unlock(&locks[0]); return 0; }
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, t1, 0);
    pthread_create(&b, 0, t2, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return counter;
}
