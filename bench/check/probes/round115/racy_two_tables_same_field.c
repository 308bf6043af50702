/* TRUTH: racy — two distinct global tables T1 and T2 with the same field s[]; lock is T1.s[i].lock but T2.s[i].count is written, while the other thread writes it under T2.s[i].lock */
#include <pthread.h>
struct slot { pthread_mutex_t lock; int count; };
struct table { struct slot s[2]; };
struct table T1, T2;
static void *wrong(void *arg) {
    int i = (int)(long)arg;
    struct slot *p = &T1.s[i];
    pthread_mutex_lock(&p->lock);
    p->count++;
    T2.s[i].count++;
    pthread_mutex_unlock(&p->lock);
    return 0;
}
static void *right(void *arg) {
    int i = (int)(long)arg;
    struct slot *p = &T2.s[i];
    pthread_mutex_lock(&p->lock);
    p->count++;
    pthread_mutex_unlock(&p->lock);
    return 0;
}
int main(void) {
    pthread_t t[2];
    for (int k = 0; k < 2; k++) { pthread_mutex_init(&T1.s[k].lock, 0); pthread_mutex_init(&T2.s[k].lock, 0); }
    pthread_create(&t[0], 0, wrong, (void *)0L);
    pthread_create(&t[1], 0, right, (void *)0L);
    for (int k = 0; k < 2; k++) pthread_join(t[k], 0);
    return 0;
}
