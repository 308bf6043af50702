/* TRUTH: free — two arrays of the same struct type; each element is touched only under its own lock (p into a, q into b) */
#include <pthread.h>
struct slot { pthread_mutex_t lock; int count; };
struct slot a[2], b[2];
static void *worker(void *arg) {
    int i = (int)(long)arg % 2;
    int j = 1 - i;
    struct slot *p = &a[i];
    struct slot *q = &b[j];
    pthread_mutex_lock(&p->lock);
    p->count++;
    pthread_mutex_unlock(&p->lock);
    pthread_mutex_lock(&q->lock);
    q->count++;
    pthread_mutex_unlock(&q->lock);
    return 0;
}
int main(void) {
    pthread_t t[3];
    for (int k = 0; k < 2; k++) { pthread_mutex_init(&a[k].lock, 0); pthread_mutex_init(&b[k].lock, 0); }
    for (long k = 0; k < 3; k++) pthread_create(&t[k], 0, worker, (void *)k);
    for (int k = 0; k < 3; k++) pthread_join(t[k], 0);
    return 0;
}
