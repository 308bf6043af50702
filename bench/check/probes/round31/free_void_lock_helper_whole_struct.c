/* TRUTH: race-free. obj_lock(void *o) locks (pthread_mutex_t *)o; called with &q, whose first member is mu, it takes q.mu, which the other thread locks by name; q.len is only written holding it. */
#include <pthread.h>
#include <stdio.h>

struct queue { pthread_mutex_t mu; int len; };
static struct queue q = { PTHREAD_MUTEX_INITIALIZER, 0 };

static void obj_lock(void *o) { pthread_mutex_lock((pthread_mutex_t *)o); }
static void obj_unlock(void *o) { pthread_mutex_unlock((pthread_mutex_t *)o); }

static void *pusher(void *arg)
{
    (void)arg;
    obj_lock(&q);
    q.len++;
    obj_unlock(&q);
    return NULL;
}

static void *popper(void *arg)
{
    (void)arg;
    pthread_mutex_t *l = &q.mu;
    pthread_mutex_lock(l);
    if (q.len > 0)
        q.len--;
    pthread_mutex_unlock(l);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, pusher, NULL);
    pthread_create(&b, NULL, popper, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", q.len);
    return 0;
}
