/* TRUTH: race-free - the producer writes payload before setting ready under mtx and signalling; the consumer waits in while(!ready) cnd_wait and reads payload after (mutex gives happens-before) */
#include <threads.h>
#include <stdio.h>
static mtx_t mu;
static cnd_t cv;
static int ready;
static char payload[32];
static int producer(void *arg)
{
    (void)arg;
    snprintf(payload, sizeof payload, "hello %d", 42);
    mtx_lock(&mu);
    ready = 1;
    cnd_signal(&cv);
    mtx_unlock(&mu);
    return 0;
}
static int consumer(void *arg)
{
    (void)arg;
    mtx_lock(&mu);
    while (!ready)
        cnd_wait(&cv, &mu);
    mtx_unlock(&mu);
    puts(payload);
    return 0;
}
int main(void)
{
    mtx_init(&mu, mtx_plain);
    cnd_init(&cv);
    thrd_t p, c;
    thrd_create(&c, consumer, NULL);
    thrd_create(&p, producer, NULL);
    thrd_join(p, NULL);
    thrd_join(c, NULL);
    return 0;
}
