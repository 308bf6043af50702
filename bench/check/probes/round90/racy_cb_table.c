/* racy: the event loop thread runs handlers from a global function-pointer table; on_tick
   writes 'ticks' unlocked, and main also writes 'ticks' before joining. */
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
    pthread_create(&t, NULL, loop, NULL);
    ticks = 0;
    pthread_join(t, NULL);
    return (int)ticks;
}
