// free: C11 condition variable hand-off: the consumer reads data after seeing ready under the mutex.
#include <threads.h>
static mtx_t m;
static cnd_t c;
static int ready, data;
static int consumer(void *a)
{
    (void)a;
    mtx_lock(&m);
    while (!ready)
        cnd_wait(&c, &m);
    mtx_unlock(&m);
    return data;
}
int main(void)
{
    thrd_t t;
    mtx_init(&m, mtx_plain);
    cnd_init(&c);
    thrd_create(&t, consumer, NULL);
    data = 9;
    mtx_lock(&m);
    ready = 1;
    cnd_signal(&c);
    mtx_unlock(&m);
    thrd_join(t, NULL);
    return 0;
}
