/* TRUTH: racy — helper() is called once under p's element lock and once, from another thread, with &slots[0] and no lock at all */
#include <pthread.h>
struct slot { pthread_mutex_t lock; int count; };
struct slot slots[2];
static void helper(struct slot *s) { s->count++; }
static void *locked(void *arg) {
    int i = (int)(long)arg;
    struct slot *p = &slots[i];
    pthread_mutex_lock(&p->lock);
    helper(p);
    pthread_mutex_unlock(&p->lock);
    return 0;
}
static void *unlocked(void *arg) {
    (void)arg;
    helper(&slots[0]);
    return 0;
}
int main(void) {
    pthread_t t[2];
    for (int k = 0; k < 2; k++) pthread_mutex_init(&slots[k].lock, 0);
    pthread_create(&t[0], 0, locked, (void *)0L);
    pthread_create(&t[1], 0, unlocked, 0);
    for (int k = 0; k < 2; k++) pthread_join(t[k], 0);
    return 0;
}
