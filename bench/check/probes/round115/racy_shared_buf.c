/* TRUTH: racy — both elements' buf pointers point at the same global buffer; p->buf[0] is written under two different element locks */
#include <pthread.h>
struct slot { pthread_mutex_t lock; int *buf; };
struct slot slots[2];
int shared[4];
static void *worker(void *arg) {
    int i = (int)(long)arg;
    struct slot *p = &slots[i];
    pthread_mutex_lock(&p->lock);
    p->buf[0] += i + 1;
    pthread_mutex_unlock(&p->lock);
    return 0;
}
int main(void) {
    pthread_t t[2];
    for (int k = 0; k < 2; k++) { pthread_mutex_init(&slots[k].lock, 0); slots[k].buf = shared; }
    for (long k = 0; k < 2; k++) pthread_create(&t[k], 0, worker, (void *)k);
    for (int k = 0; k < 2; k++) pthread_join(t[k], 0);
    return shared[0] == 3 ? 0 : 1;
}
