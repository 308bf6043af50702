/* TRUTH: racy — function-static array of slots; lock is table[i].lock but table[j].count (j = 1 - i) is written */
#include <pthread.h>
struct slot { pthread_mutex_t lock; int count; };
static void *worker(void *arg) {
    static struct slot table[2] = { { PTHREAD_MUTEX_INITIALIZER, 0 }, { PTHREAD_MUTEX_INITIALIZER, 0 } };
    int i = (int)(long)arg;
    int j = 1 - i;
    struct slot *p = &table[i];
    pthread_mutex_lock(&p->lock);
    p->count++;
    table[j].count++;
    pthread_mutex_unlock(&p->lock);
    return 0;
}
int main(void) {
    pthread_t t[2];
    for (long k = 0; k < 2; k++) pthread_create(&t[k], 0, worker, (void *)k);
    for (int k = 0; k < 2; k++) pthread_join(t[k], 0);
    return 0;
}
