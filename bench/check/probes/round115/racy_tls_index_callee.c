/* TRUTH: racy — the index is a thread-local changed by a callee (advance) after p = &slots[cur]; slots[cur].count is then another element */
#include <pthread.h>
struct slot { pthread_mutex_t lock; int count; };
struct slot slots[2];
static _Thread_local int cur;
static void set_cur(int v) { cur = v; }
static void advance(void) { cur = 1 - cur; }
static void *worker(void *arg) {
    set_cur((int)(long)arg);
    struct slot *p = &slots[cur];
    pthread_mutex_lock(&p->lock);
    p->count++;
    advance();
    slots[cur].count++;
    pthread_mutex_unlock(&p->lock);
    return 0;
}
int main(void) {
    pthread_t t[2];
    for (int k = 0; k < 2; k++) pthread_mutex_init(&slots[k].lock, 0);
    for (long k = 0; k < 2; k++) pthread_create(&t[k], 0, worker, (void *)k);
    for (int k = 0; k < 2; k++) pthread_join(t[k], 0);
    return 0;
}
