/* racy: H.mp starts as &m1, but memcpy(&H, &H2, ...) makes it &m2 before the threads;
   t1 locks *H.mp (m2), t2 locks m1: counter is not protected by one lock. */
#include <pthread.h>
#include <string.h>
static pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER;
struct holder { pthread_mutex_t *mp; int tag; };
static struct holder H = { &m1, 0 };
static int counter;
static void *t1(void *a) { (void)a; pthread_mutex_lock(H.mp); counter++; pthread_mutex_unlock(H.mp); return 0; }
static void *t2(void *a) { (void)a; pthread_mutex_lock(&m1); counter++; pthread_mutex_unlock(&m1); return 0; }
int main(void) {
    pthread_t a, b;
    struct holder H2 = { &m2, 1 };
    memcpy(&H, &H2, sizeof H);
    pthread_create(&a, 0, t1, 0);
    pthread_create(&b, 0, t2, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return counter;
}
