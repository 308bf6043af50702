/* TRUTH: racy — the write handler's lock macro takes the primary device's lock (devs[0]) while it updates devs[1]->status, which the dev1 irq thread updates under devs[1]->lock */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

typedef struct { pthread_mutex_t m; } spinlock_t;
static inline void spin_lock_init(spinlock_t *l) { pthread_mutex_init(&l->m, NULL); }
static inline void spin_lock(spinlock_t *l) { pthread_mutex_lock(&l->m); }
static inline void spin_unlock(spinlock_t *l) { pthread_mutex_unlock(&l->m); }

struct file { int minor; void *private_data; };

struct uart_dev {
    spinlock_t lock;
    int minor;
    unsigned status;
    unsigned tx_bytes;
};

#define NDEV 2
static struct uart_dev devs[NDEV];
static struct uart_dev *primary;      /* set at probe time */

/* legacy helpers from when the driver supported a single port */
#define UART_LOCK()   spin_lock(&primary->lock)
#define UART_UNLOCK() spin_unlock(&primary->lock)

static int uart_open(struct file *f) {
    f->private_data = &devs[f->minor];
    return 0;
}

static long uart_write(struct file *f, const char *buf, long n) {
    struct uart_dev *u = f->private_data;
    (void)buf;
    UART_LOCK();
    u->status |= 0x1;       /* TX busy */
    u->tx_bytes += (unsigned)n;
    UART_UNLOCK();
    return n;
}

static void uart_irq(struct uart_dev *u) {
    spin_lock(&u->lock);
    u->status &= ~0x1u;     /* TX done */
    spin_unlock(&u->lock);
}

static void *irq_thread(void *arg) {
    struct uart_dev *u = arg;
    for (int i = 0; i < 8; i++) { uart_irq(u); usleep(200); }
    return NULL;
}

static void *user_thread(void *arg) {
    struct file f = { .minor = *(int *)arg };
    uart_open(&f);
    for (int i = 0; i < 8; i++) { uart_write(&f, "abc", 3); usleep(200); }
    return NULL;
}

static int uart_probe(void) {
    for (int i = 0; i < NDEV; i++) { spin_lock_init(&devs[i].lock); devs[i].minor = i; }
    primary = &devs[0];
    return 0;
}

int main(void) {
    pthread_t irq, user;
    static int minor1 = 1;
    uart_probe();
    pthread_create(&irq, NULL, irq_thread, &devs[1]);
    pthread_create(&user, NULL, user_thread, &minor1);
    pthread_join(irq, NULL);
    pthread_join(user, NULL);
    printf("%u %u\n", devs[1].status, devs[1].tx_bytes);
    return 0;
}
