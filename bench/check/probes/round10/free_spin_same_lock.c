/* free: both threads use the same pthread spinlock. */
#include <pthread.h>
static pthread_spinlock_t s1;
static int v;
static void *a(void *x) { (void)x; pthread_spin_lock(&s1); v++; pthread_spin_unlock(&s1); return 0; }
static void *b(void *x) { (void)x; while (pthread_spin_trylock(&s1) != 0) ; v += 2; pthread_spin_unlock(&s1); return 0; }
int main(void) {
    pthread_spin_init(&s1, 0);
    pthread_t p, q;
    pthread_create(&p, 0, a, 0);
    pthread_create(&q, 0, b, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return v;
}
