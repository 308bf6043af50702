/* TRUTH: free — both port handlers reach the parent card with container_of and take card->lock for the shared event counter; per-port rx counts stay under the port locks */
#include <pthread.h>
#include <stdio.h>
#include <stddef.h>
#include <unistd.h>

#define container_of(ptr, type, member) ((type *)((char *)(ptr) - offsetof(type, member)))

struct port { pthread_mutex_t lock; int id; unsigned long rx; };
struct card {
    pthread_mutex_t lock;
    struct port a;
    struct port b;
    unsigned long events;
};

static struct card card0 = {
    .lock = PTHREAD_MUTEX_INITIALIZER,
    .a = { PTHREAD_MUTEX_INITIALIZER, 0, 0 },
    .b = { PTHREAD_MUTEX_INITIALIZER, 1, 0 },
};

static void card_event(struct card *c) {
    pthread_mutex_lock(&c->lock);
    c->events++;
    pthread_mutex_unlock(&c->lock);
}

static void port_a_rx(struct port *p) {
    pthread_mutex_lock(&p->lock);
    p->rx++;
    pthread_mutex_unlock(&p->lock);
    card_event(container_of(p, struct card, a));
}
static void port_b_rx(struct port *p) {
    pthread_mutex_lock(&p->lock);
    p->rx++;
    pthread_mutex_unlock(&p->lock);
    card_event(container_of(p, struct card, b));
}

static void *irq_a(void *arg) { for (int i = 0; i < 20; i++) { port_a_rx(arg); usleep(10); } return NULL; }
static void *irq_b(void *arg) { for (int i = 0; i < 20; i++) { port_b_rx(arg); usleep(10); } return NULL; }

int main(void) {
    pthread_t t1, t2;
    pthread_create(&t1, NULL, irq_a, &card0.a);
    pthread_create(&t2, NULL, irq_b, &card0.b);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("%lu %lu %lu\n", card0.events, card0.a.rx, card0.b.rx);
    return 0;
}
