/* TRUTH: race-free. with_locked(&sess, fn) locks (pthread_mutex_t *)obj -- sess.mu, the first member -- and runs fn; the expiry thread locks sess.mu by name. Both update sess.hits under that one mutex. */
#include <pthread.h>
#include <stdio.h>

struct session {
    pthread_mutex_t mu;
    int hits;
    int expired;
};

static struct session sess = {PTHREAD_MUTEX_INITIALIZER, 0, 0};

static void with_locked(void *obj, void (*fn)(void *))
{
    pthread_mutex_t *m = (pthread_mutex_t *)obj;
    pthread_mutex_lock(m);
    fn(obj);
    pthread_mutex_unlock(m);
}

static void touch(void *o)
{
    struct session *s = o;
    s->hits++;
}

static void *client(void *arg)
{
    (void)arg;
    with_locked(&sess, touch);
    return NULL;
}

static void *expiry(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&sess.mu);
    sess.hits = 0;
    sess.expired = 1;
    pthread_mutex_unlock(&sess.mu);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, client, NULL);
    pthread_create(&b, NULL, expiry, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", sess.hits, sess.expired);
    return 0;
}
