/* TRUTH: racy — main writes `g = 1` after its spin_unlock; w's `g = 2` (after its own lock/unlock) is unordered with it. */
#include <pthread.h>
pthread_spinlock_t s;
int g;
void *w(void *p)
{
    pthread_spin_lock(&s);
    pthread_spin_unlock(&s);
    g = 2;
    return 0;
}
int main(void)
{
    pthread_t t;
    pthread_spin_init(&s, 0);
    pthread_spin_lock(&s);
    pthread_create(&t, 0, w, 0);
    pthread_spin_unlock(&s);
    g = 1;
    pthread_join(t, 0);
    return g;
}
