/* racy: CAS one-shot init where losers do NOT wait for state 2: a loser reads cfg
   while the winner is still writing it. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int state;
static struct { int w, h; char name[16]; } cfg;

static void ensure_cfg(void) {
    int zero = 0;
    if (atomic_compare_exchange_strong_explicit(&state, &zero, 1, memory_order_acquire,
                                                memory_order_acquire)) {
        cfg.w = 640;
        cfg.h = 480;
        cfg.name[0] = 'v';
        atomic_store_explicit(&state, 2, memory_order_release);
    }
}

static void *client(void *arg) {
    (void)arg;
    ensure_cfg();
    printf("%d %d %c\n", cfg.w, cfg.h, cfg.name[0]);
    return NULL;
}

int main(void) {
    pthread_t t[3];
    for (int i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, client, NULL);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    return 0;
}
