/* TRUTH: free. The reader takes the vector lock around reading items and len, and the appender reallocates under the same lock. */
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
    pthread_mutex_lock(&vp->lock);
    if (vp->len > 0)
        r = vp->items[0];
    pthread_mutex_unlock(&vp->lock);
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
