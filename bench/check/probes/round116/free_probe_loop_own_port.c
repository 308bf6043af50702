/* TRUTH: free — each port is fully initialised before its irq thread is created, each irq thread touches only its own port, and remove() joins them all before the totals are read */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#define NPORTS 3
struct port {
    int index;
    unsigned irq_mask;
    unsigned baud;
    unsigned handled;
};

static struct port ports[NPORTS];
static pthread_t irq_threads[NPORTS];

static void *port_irq_thread(void *arg) {
    struct port *p = arg;
    for (int i = 0; i < 5; i++) {
        if (!(p->irq_mask & 1u))
            p->handled++;
        usleep(50);
    }
    return NULL;
}

static int serial_probe(void) {
    for (int i = 0; i < NPORTS; i++) {
        struct port *p = &ports[i];
        p->index = i;
        p->irq_mask = (unsigned)i & 1u;
        p->baud = 115200;
        pthread_create(&irq_threads[i], NULL, port_irq_thread, p);
    }
    return 0;
}

static unsigned serial_remove(void) {
    unsigned total = 0;
    for (int i = 0; i < NPORTS; i++) pthread_join(irq_threads[i], NULL);
    for (int i = 0; i < NPORTS; i++) total += ports[i].handled;
    return total;
}

int main(void) {
    serial_probe();
    printf("%u\n", serial_remove());
    return 0;
}
