/* free: get_locked() returns slots[i] with slots[i].lock held; if the slot is retired it
   switches both the object and the lock to slots[0] (unlock i, lock 0), so the caller always
   writes s->val under s->lock. */
#include <pthread.h>
#define NS 4
struct slot { pthread_mutex_t lock; int retired; int val; };
static struct slot slots[NS];

static struct slot *get_locked(int i) {
    struct slot *s = &slots[i];
    pthread_mutex_lock(&s->lock);
    if (s->retired) {
        pthread_mutex_unlock(&s->lock);
        s = &slots[0];
        pthread_mutex_lock(&s->lock);
    }
    return s;
}
static void *user(void *arg) {
    int i = (int)(long)arg;
    struct slot *s = get_locked(i);
    s->val++;
    pthread_mutex_unlock(&s->lock);
    return NULL;
}
int main(void) {
    pthread_t t[NS];
    for (int i = 0; i < NS; i++) pthread_mutex_init(&slots[i].lock, NULL);
    slots[2].retired = 1;
    for (int i = 0; i < NS; i++) pthread_create(&t[i], NULL, user, (void *)(long)i);
    for (int i = 0; i < NS; i++) pthread_join(t[i], NULL);
    return slots[0].val;
}
