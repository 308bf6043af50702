/* TRUTH: free — function-static table; each element touched only under its own lock through p */
#include <pthread.h>
struct slot { pthread_mutex_t lock; int count; };
static void *worker(void *arg) {
    static struct slot table[2] = { { PTHREAD_MUTEX_INITIALIZER, 0 }, { PTHREAD_MUTEX_INITIALIZER, 0 } };
    int i = (int)(long)arg % 2;
    struct slot *p = &table[i];
    pthread_mutex_lock(&p->lock);
    p->count++;
    pthread_mutex_unlock(&p->lock);
    return 0;
}
int main(void) {
    pthread_t t[4];
    for (long k = 0; k < 4; k++) pthread_create(&t[k], 0, worker, (void *)k);
    for (int k = 0; k < 4; k++) pthread_join(t[k], 0);
    return 0;
}
