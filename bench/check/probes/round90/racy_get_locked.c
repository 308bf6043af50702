/* racy: get_locked() locks slots[i] but, if that slot is retired, returns &slots[0] while still
   holding only slots[i].lock; the caller writes slots[0].val, racing with a thread that
   writes slots[0].val under slots[0].lock. */
#include <pthread.h>
#define NS 4
struct slot { pthread_mutex_t lock; int retired; int val; };
static struct slot slots[NS];

static struct slot *get_locked(int i, pthread_mutex_t **held) {
    struct slot *s = &slots[i];
    pthread_mutex_lock(&s->lock);
    *held = &s->lock;
    if (s->retired)
        s = &slots[0];
    return s;
}
static void *user(void *arg) {
    int i = (int)(long)arg;
    pthread_mutex_t *held;
    struct slot *s = get_locked(i, &held);
    s->val++;
    pthread_mutex_unlock(held);
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
