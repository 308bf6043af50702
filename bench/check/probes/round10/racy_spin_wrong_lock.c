/* racy: two pthread spinlocks; the threads use different ones for the same
   variable. */
#include <pthread.h>
static pthread_spinlock_t s1, s2;
static int v;
static void *a(void *x) { (void)x; pthread_spin_lock(&s1); v++; pthread_spin_unlock(&s1); return 0; }
static void *b(void *x) { (void)x; pthread_spin_lock(&s2); v++; pthread_spin_unlock(&s2); return 0; }
int main(void) {
    pthread_spin_init(&s1, 0);
    pthread_spin_init(&s2, 0);
    pthread_t p, q;
    pthread_create(&p, 0, a, 0);
    pthread_create(&q, 0, b, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return v;
}
