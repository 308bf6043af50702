/* TRUTH: racy — each port handler holds only its own port lock but both update the shared card->events reached via container_of */
#include <pthread.h>
#include <stdio.h>
#include <stddef.h>
#include <unistd.h>

#define container_of(ptr, type, member) ((type *)((char *)(ptr) - offsetof(type, member)))

struct port {
    pthread_mutex_t lock;
    int id;
    unsigned long rx;
};

struct card {
    pthread_mutex_t lock;      /* protects events -- but nobody uses it here */
    struct port a;
    struct port b;
    unsigned long events;
};

static struct card *the_card;

static void port_a_rx(struct port *p) {
    struct card *c = container_of(p, struct card, a);
    pthread_mutex_lock(&p->lock);
    p->rx++;
    c->events++;
    pthread_mutex_unlock(&p->lock);
}

static void port_b_rx(struct port *p) {
    struct card *c = container_of(p, struct card, b);
    pthread_mutex_lock(&p->lock);
    p->rx++;
    c->events++;
    pthread_mutex_unlock(&p->lock);
}

struct irq_desc { void (*handler)(struct port *); struct port *port; };

static void *irq_line(void *arg) {
    struct irq_desc *d = arg;
    for (int i = 0; i < 10; i++) { d->handler(d->port); usleep(100); }
    return NULL;
}

static struct card card_storage;

static int card_probe(void) {
    the_card = &card_storage;
    pthread_mutex_init(&the_card->lock, NULL);
    pthread_mutex_init(&the_card->a.lock, NULL);
    pthread_mutex_init(&the_card->b.lock, NULL);
    the_card->a.id = 0;
    the_card->b.id = 1;
    return 0;
}

int main(void) {
    pthread_t t[2];
    card_probe();
    struct irq_desc d[2] = {
        { port_a_rx, &the_card->a },
        { port_b_rx, &the_card->b },
    };
    for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, irq_line, &d[i]);
    for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
    printf("events=%lu\n", the_card->events);
    return 0;
}
