/* TRUTH: racy — lock_slot(p) actually locks p->next's mutex, so p->count is written under slots[1].lock while the other thread uses slots[0].lock */
#include <pthread.h>
struct slot { pthread_mutex_t lock; int count; struct slot *next; };
struct slot slots[2];
static void lock_slot(struct slot *s) { pthread_mutex_lock(&s->next->lock); }
static void unlock_slot(struct slot *s) { pthread_mutex_unlock(&s->next->lock); }
static void *helper_user(void *arg) {
    int i = (int)(long)arg;
    struct slot *p = &slots[i];
    lock_slot(p);
    p->count++;
    unlock_slot(p);
    return 0;
}
static void *own(void *arg) {
    int i = (int)(long)arg;
    struct slot *p = &slots[i];
    pthread_mutex_lock(&p->lock);
    p->count++;
    pthread_mutex_unlock(&p->lock);
    return 0;
}
int main(void) {
    pthread_t t[2];
    for (int k = 0; k < 2; k++) pthread_mutex_init(&slots[k].lock, 0);
    slots[0].next = &slots[1]; slots[1].next = &slots[0];
    pthread_create(&t[0], 0, helper_user, (void *)0L);
    pthread_create(&t[1], 0, own, (void *)0L);
    for (int k = 0; k < 2; k++) pthread_join(t[k], 0);
    return 0;
}
