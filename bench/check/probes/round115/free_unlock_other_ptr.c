/* TRUTH: free — while holding p's element lock the thread locks/unlocks an unrelated global mutex through a pointer; p->count stays protected by the element lock */
#include <pthread.h>
struct slot { pthread_mutex_t lock; int count; };
struct slot slots[2];
pthread_mutex_t log_lock = PTHREAD_MUTEX_INITIALIZER;
int log_lines;
static void *worker(void *arg) {
    int i = (int)(long)arg % 2;
    pthread_mutex_t *lm = &log_lock;
    struct slot *p = &slots[i];
    pthread_mutex_lock(&p->lock);
    pthread_mutex_lock(lm);
    log_lines++;
    pthread_mutex_unlock(lm);
    p->count++;
    pthread_mutex_unlock(&p->lock);
    return 0;
}
int main(void) {
    pthread_t t[4];
    for (int k = 0; k < 2; k++) pthread_mutex_init(&slots[k].lock, 0);
    for (long k = 0; k < 4; k++) pthread_create(&t[k], 0, worker, (void *)k);
    for (int k = 0; k < 4; k++) pthread_join(t[k], 0);
    return 0;
}
