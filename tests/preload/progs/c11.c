/* C11 threads: a mtx held 60 ms by a thrd while main waits for it, a cnd_wait, a thrd_join. */
#include <stdio.h>
#include <threads.h>
#include <time.h>

static mtx_t m, hot;
static cnd_t c;
static int ready, go;

int holder(void *arg)
{
    (void)arg;
    mtx_lock(&hot);
    mtx_lock(&m);
    ready = 1;
    cnd_signal(&c);
    mtx_unlock(&m);
    thrd_sleep(&(struct timespec){0, 60 * 1000 * 1000}, NULL);
    go = 1;
    mtx_unlock(&hot);
    return 9;
}

int main(void)
{
    thrd_t t;
    int res = 0;

    mtx_init(&m, mtx_plain);
    mtx_init(&hot, mtx_plain);
    cnd_init(&c);
    mtx_lock(&m);
    thrd_create(&t, holder, NULL);
    while (!ready)
        cnd_wait(&c, &m);
    mtx_unlock(&m);
    mtx_lock(&hot); /* waits about 60 ms for the holder */
    mtx_unlock(&hot);
    thrd_join(t, &res);
    printf("go=%d res=%d\n", go, res);
    return 0;
}
