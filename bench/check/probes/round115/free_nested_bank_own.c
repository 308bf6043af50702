/* TRUTH: free — arrays inside array elements (banks[b].s[i]); each slot touched only through p while holding p->lock */
#include <pthread.h>
struct slot { pthread_mutex_t lock; int count; };
struct bank { int id; struct slot s[2]; };
struct bank banks[2];
static void *worker(void *arg) {
    int k = (int)(long)arg;
    int b = k % 2, i = k / 2 % 2;
    struct slot *p = &banks[b].s[i];
    pthread_mutex_lock(&p->lock);
    p->count++;
    pthread_mutex_unlock(&p->lock);
    return 0;
}
int main(void) {
    pthread_t t[6];
    for (int a = 0; a < 2; a++) for (int m = 0; m < 2; m++) pthread_mutex_init(&banks[a].s[m].lock, 0);
    for (long k = 0; k < 6; k++) pthread_create(&t[k], 0, worker, (void *)k);
    for (int k = 0; k < 6; k++) pthread_join(t[k], 0);
    return 0;
}
