/* racy: t1 locks the recursive mutex rm twice (once in a helper through a pointer),
   unlocks it twice, then writes x with no lock while t2 writes x under rm. */
#include <pthread.h>
static pthread_mutex_t rm;
static int x;
static void enter(pthread_mutex_t *m) { pthread_mutex_lock(m); }
static void *t1(void *a) {
    (void)a;
    pthread_mutex_lock(&rm);
    enter(&rm);
    pthread_mutex_unlock(&rm);
    pthread_mutex_unlock(&rm);
    x++;
    return 0;
}
static void *t2(void *a) { (void)a; pthread_mutex_lock(&rm); x++; pthread_mutex_unlock(&rm); return 0; }
int main(void) {
    pthread_mutexattr_t at;
    pthread_mutexattr_init(&at);
    pthread_mutexattr_settype(&at, PTHREAD_MUTEX_RECURSIVE);
    pthread_mutex_init(&rm, &at);
    pthread_t a, b;
    pthread_create(&a, 0, t1, 0);
    pthread_create(&b, 0, t2, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return x;
}
