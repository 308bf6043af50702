/* TRUTH: racy — array is a member of a global struct (T.s); lock is T.s[i].lock (via p) but T.s[j].count (j = 1 - i) is written; the other thread writes it under T.s[j].lock */
#include <pthread.h>
struct slot { pthread_mutex_t lock; int count; };
struct table { int n; struct slot s[2]; } T;
static void *worker(void *arg) {
    int i = (int)(long)arg;
    int j = 1 - i;
    struct slot *p = &T.s[i];
    pthread_mutex_lock(&p->lock);
    if (i == 0) T.s[j].count++; else p->count++;
    pthread_mutex_unlock(&p->lock);
    return 0;
}
int main(void) {
    pthread_t t[2];
    for (int k = 0; k < 2; k++) pthread_mutex_init(&T.s[k].lock, 0);
    for (long k = 0; k < 2; k++) pthread_create(&t[k], 0, worker, (void *)k);
    for (int k = 0; k < 2; k++) pthread_join(t[k], 0);
    return 0;
}
