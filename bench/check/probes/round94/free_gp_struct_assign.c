/* free: H.mp starts as &m1 and main copies H2 (also holding &m1) into it; both threads
   lock m1 around counter. */
#include <pthread.h>
static pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER;
struct holder { pthread_mutex_t *mp; };
static struct holder H = { &m1 };
static struct holder H2 = { &m1 };
static int counter;
static void *t1(void *a) { (void)a; pthread_mutex_lock(H.mp); counter++; pthread_mutex_unlock(H.mp); return 0; }
static void *t2(void *a) { (void)a; pthread_mutex_lock(&m1); counter++; pthread_mutex_unlock(&m1); return 0; }
int main(void) {
    pthread_t a, b;
    H = H2;
    pthread_create(&a, 0, t1, 0);
    pthread_create(&b, 0, t2, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return counter;
}
