/* free: main retargets gpm to &m2 through pp = &gpm before the threads start; worker a
   locks *gpm (m2) and worker b locks m2 too around x++. */
#include <pthread.h>
static pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t *gpm = &m1;
static int x;
static void *wa(void *a) { (void)a; pthread_mutex_lock(gpm); x++; pthread_mutex_unlock(gpm); return 0; }
static void *wb(void *a) { (void)a; pthread_mutex_lock(&m2); x++; pthread_mutex_unlock(&m2); return 0; }
int main(void) {
    pthread_mutex_t **pp = &gpm;
    *pp = &m2;
    pthread_t a, b;
    pthread_create(&a, 0, wa, 0);
    pthread_create(&b, 0, wb, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return x;
}
