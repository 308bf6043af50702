/* TRUTH: free — array member of a global struct (T.s); each slot is touched only through p = &T.s[i] under p->lock */
#include <pthread.h>
struct slot { pthread_mutex_t lock; int count; };
struct table { int n; struct slot s[2]; } T;
static void *worker(void *arg) {
    int i = (int)(long)arg % 2;
    struct slot *p = &T.s[i];
    pthread_mutex_lock(&p->lock);
    p->count++;
    pthread_mutex_unlock(&p->lock);
    return 0;
}
int main(void) {
    pthread_t t[4];
    for (int k = 0; k < 2; k++) pthread_mutex_init(&T.s[k].lock, 0);
    for (long k = 0; k < 4; k++) pthread_create(&t[k], 0, worker, (void *)k);
    for (int k = 0; k < 4; k++) pthread_join(t[k], 0);
    return 0;
}
