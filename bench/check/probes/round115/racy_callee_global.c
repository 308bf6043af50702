/* TRUTH: racy — bump(p) is called under p's element lock but also increments the global 'total', which two different element locks do not protect */
#include <pthread.h>
struct slot { pthread_mutex_t lock; int count; };
struct slot slots[2];
int total;
static void bump(struct slot *s) {
    s->count++;
    total++;
}
static void *worker(void *arg) {
    int i = (int)(long)arg;
    struct slot *p = &slots[i];
    pthread_mutex_lock(&p->lock);
    bump(p);
    pthread_mutex_unlock(&p->lock);
    return 0;
}
int main(void) {
    pthread_t t[2];
    for (int k = 0; k < 2; k++) pthread_mutex_init(&slots[k].lock, 0);
    for (long k = 0; k < 2; k++) pthread_create(&t[k], 0, worker, (void *)k);
    for (int k = 0; k < 2; k++) pthread_join(t[k], 0);
    return total == 2 ? 0 : 1;
}
