/* TRUTH: racy — snapshotter copies the whole struct cur (reading cur.y) without any lock, while mover writes cur.y under pos_m; the struct-copy read and the field write are unordered. */
#include <pthread.h>
#include <stdio.h>

struct point { int x, y; };

static struct point cur = { 1, 2 };
static pthread_mutex_t pos_m = PTHREAD_MUTEX_INITIALIZER;

static void *mover(void *a)
{
    (void)a;
    for (int i = 0; i < 5; i++) {
        pthread_mutex_lock(&pos_m);
        cur.y += 1;
        pthread_mutex_unlock(&pos_m);
    }
    return NULL;
}

static void *snapshotter(void *a)
{
    struct point *dst = a;
    *dst = cur;
    return NULL;
}

int main(void)
{
    struct point snap;
    pthread_t m, s;
    pthread_create(&m, NULL, mover, NULL);
    pthread_create(&s, NULL, snapshotter, &snap);
    pthread_join(m, NULL);
    pthread_join(s, NULL);
    printf("%d %d\n", snap.x, snap.y);
    return 0;
}
