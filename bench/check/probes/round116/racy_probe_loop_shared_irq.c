/* TRUTH: racy — probe starts each port's irq thread inside the init loop; port 0's thread reads the sibling port's irq_mask (shared irq line) while the loop is still initialising port 1 */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#define NPORTS 2
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
    struct port *sibling = &ports[(p->index + 1) % NPORTS];
    for (int i = 0; i < 5; i++) {
        /* shared interrupt line: check whether the sibling port masks it */
        if (!(sibling->irq_mask & 1u))
            p->handled++;
        usleep(100);
    }
    return NULL;
}

static int serial_probe(void) {
    for (int i = 0; i < NPORTS; i++) {
        struct port *p = &ports[i];
        p->index = i;
        usleep(200);
        p->irq_mask = 0x2;
        p->baud = 115200;
        pthread_create(&irq_threads[i], NULL, port_irq_thread, p);
    }
    return 0;
}

static void serial_remove(void) {
    for (int i = 0; i < NPORTS; i++) pthread_join(irq_threads[i], NULL);
}

int main(void) {
    serial_probe();
    serial_remove();
    printf("%u %u\n", ports[0].handled, ports[1].handled);
    return 0;
}
