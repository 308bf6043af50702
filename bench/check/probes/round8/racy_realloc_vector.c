/* TRUTH: racy. The reader caches the items pointer under the lock but indexes it after unlocking, while the appender may realloc (free) the old block. */
#include <pthread.h>
#include <stdlib.h>

typedef struct {
    int *items;
    size_t len, cap;
    pthread_mutex_t lock;
} vec_t;

static vec_t v = { NULL, 0, 0, PTHREAD_MUTEX_INITIALIZER };

static int vec_push(vec_t *vp, int x)
{
    pthread_mutex_lock(&vp->lock);
    if (vp->len == vp->cap) {
        size_t nc = vp->cap ? vp->cap * 2 : 4;
        int *ni = realloc(vp->items, nc * sizeof *ni);
        if (!ni) {
            pthread_mutex_unlock(&vp->lock);
            return -1;
        }
        vp->items = ni;
        vp->cap = nc;
    }
    vp->items[vp->len++] = x;
    pthread_mutex_unlock(&vp->lock);
    return 0;
}

static long vec_first(vec_t *vp)
{
    long r = -1;
    int *snap;
    size_t n;
    pthread_mutex_lock(&vp->lock);
    snap = vp->items;
    n = vp->len;
    pthread_mutex_unlock(&vp->lock);
    if (n > 0)
        r = snap[0];
    return r;
}

static void *appender(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++)
        vec_push(&v, i);
    return NULL;
}

static void *reader(void *arg)
{
    long s = 0;
    (void)arg;
    for (int i = 0; i < 100; i++)
        s += vec_first(&v);
    return (void *)s;
}

int main(void)
{
    pthread_t a, r;
    pthread_create(&a, NULL, appender, NULL);
    pthread_create(&r, NULL, reader, NULL);
    pthread_join(a, NULL);
    pthread_join(r, NULL);
    free(v.items);
    return 0;
}
