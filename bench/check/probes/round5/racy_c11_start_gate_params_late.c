/* TRUTH: racy - main writes params[1] after opening the gate; released workers read params[1] concurrently */
#include <threads.h>
static mtx_t mu;
static cnd_t cv;
static int go;
static int params[2];
static int worker(void *arg)
{
    (void)arg;
    mtx_lock(&mu);
    while (!go)
        cnd_wait(&cv, &mu);
    mtx_unlock(&mu);
    return params[0] * params[1];
}
int main(void)
{
    mtx_init(&mu, mtx_plain);
    cnd_init(&cv);
    thrd_t t[3];
    for (int i = 0; i < 3; i++)
        thrd_create(&t[i], worker, NULL);
    params[0] = 6;
    mtx_lock(&mu);
    go = 1;
    cnd_broadcast(&cv);
    mtx_unlock(&mu);
    params[1] = 7;
    for (int i = 0; i < 3; i++)
        thrd_join(t[i], NULL);
    return 0;
}
