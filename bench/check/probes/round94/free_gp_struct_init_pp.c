/* free: use_cfg stores &m1 through cfg.slot = &mp, so mp stays &m1; both threads lock m1. */
#include <pthread.h>
static pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t *mp = &m1;
struct cfg { int id; pthread_mutex_t **slot; };
static struct cfg cfg = { 1, &mp };
static int counter;
static void *t1(void *a) { (void)a; pthread_mutex_lock(mp); counter++; pthread_mutex_unlock(mp); return 0; }
static void *t2(void *a) { (void)a; pthread_mutex_lock(&m1); counter++; pthread_mutex_unlock(&m1); return 0; }
static void use_cfg(struct cfg *c, pthread_mutex_t *m) { *c->slot = m; }
int main(void) {
    pthread_t a, b;
    use_cfg(&cfg, &m1);
    pthread_create(&a, 0, t1, 0);
    pthread_create(&b, 0, t2, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return counter;
}
