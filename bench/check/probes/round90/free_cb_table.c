/* free: as racy_cb_table but main resets 'ticks' before creating the event-loop thread and
   reads it only after joining it. */
#include <pthread.h>
static long ticks;
static void on_tick(void *ctx) { (void)ctx; ticks++; }
static void on_idle(void *ctx) { (void)ctx; }
static void (*handlers[2])(void *) = { on_idle, on_tick };

static void *loop(void *arg) {
    (void)arg;
    for (int i = 0; i < 1000; i++) handlers[i & 1](NULL);
    return NULL;
}
int main(void) {
    pthread_t t;
    ticks = 0;
    pthread_create(&t, NULL, loop, NULL);
    pthread_join(t, NULL);
    return (int)ticks;
}
