/* TRUTH: racy — lock is banks[b].s[i].lock but banks[o].s[i].count (other bank, same inner index) is written; the other thread writes it under its own lock */
#include <pthread.h>
struct slot { pthread_mutex_t lock; int count; };
struct bank { struct slot s[2]; };
struct bank banks[2];
static void *worker(void *arg) {
    int b = (int)(long)arg;
    int o = 1 - b;
    int i = 0;
    struct slot *p = &banks[b].s[i];
    pthread_mutex_lock(&p->lock);
    if (b == 0)
        banks[o].s[i].count++;
    else
        p->count++;
    pthread_mutex_unlock(&p->lock);
    return 0;
}
int main(void) {
    pthread_t t[2];
    for (int k = 0; k < 2; k++)
        for (int m = 0; m < 2; m++) pthread_mutex_init(&banks[k].s[m].lock, 0);
    for (long k = 0; k < 2; k++) pthread_create(&t[k], 0, worker, (void *)k);
    for (int k = 0; k < 2; k++) pthread_join(t[k], 0);
    return 0;
}
