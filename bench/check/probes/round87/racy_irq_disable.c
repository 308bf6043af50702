/* racy_irq_disable.c: RACY. uart_poll_status forgets local_irq_save(), so its read-and-clear of p->status
 * races with the irq handler's p->status |= 1 (done with irqs off in the irq thread). */
#include <pthread.h>
#include <unistd.h>
#include <stdio.h>
#include <stdlib.h>

static pthread_mutex_t irq_off = PTHREAD_MUTEX_INITIALIZER;

#define local_irq_save(flags)    do { pthread_mutex_lock(&irq_off); (flags) = 1; } while (0)
#define local_irq_restore(flags) do { (void)(flags); pthread_mutex_unlock(&irq_off); } while (0)

struct uart_port {
    int tx_head, tx_tail;
    char tx_ring[32];
    unsigned long tx_done;
    unsigned int status;
};

static struct uart_port port;

/* interrupt handler: runs with interrupts disabled */
static void uart_irq_handler(struct uart_port *p)
{
    while (p->tx_tail != p->tx_head) {
        p->tx_tail = (p->tx_tail + 1) % 32;
        p->tx_done++;
    }
    p->status |= 1u;
}

static int uart_write(struct uart_port *p, char c)
{
    unsigned long flags;
    int ok = 0;
    local_irq_save(flags);
    if ((p->tx_head + 1) % 32 != p->tx_tail) {
        p->tx_ring[p->tx_head] = c;
        p->tx_head = (p->tx_head + 1) % 32;
        ok = 1;
    }
    local_irq_restore(flags);
    return ok;
}

static unsigned int uart_poll_status(struct uart_port *p)
{
    unsigned int s;
    s = p->status;
    p->status = 0;
    return s;
}

static void *irq_thread(void *arg)
{
    struct uart_port *p = arg;
    unsigned long flags;
    int i;
    for (i = 0; i < 300; i++) {
        local_irq_save(flags);     /* the CPU enters the handler with irqs masked */
        uart_irq_handler(p);
        local_irq_restore(flags);
        usleep(20);
    }
    return NULL;
}

static void *tty_thread(void *arg)
{
    struct uart_port *p = arg;
    unsigned int seen = 0;
    int i;
    for (i = 0; i < 300; i++) {
        uart_write(p, (char)('a' + i % 26));
        if (i % 4 == 0)
            seen |= uart_poll_status(p);
        usleep(20);
    }
    return (void *)(unsigned long)seen;
}

int main(void)
{
    pthread_t ti, tt;
    port.tx_head = port.tx_tail = 0;
    pthread_create(&ti, NULL, irq_thread, &port);
    pthread_create(&tt, NULL, tty_thread, &port);
    pthread_join(ti, NULL);
    pthread_join(tt, NULL);
    printf("tx_done=%lu\n", port.tx_done);
    return 0;
}
