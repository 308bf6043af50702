/* TRUTH: racy — CONFIG_SMP is not defined, so the spinlock macros compile to nothing and the irq thread and the read path update dev->fifo_len unprotected */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

/* #define CONFIG_SMP 1 */

typedef struct { pthread_mutex_t m; } spinlock_t;
#ifdef CONFIG_SMP
#define spin_lock_init(l)                 pthread_mutex_init(&(l)->m, NULL)
#define spin_lock_irqsave(l, flags)       do { (flags) = 1; pthread_mutex_lock(&(l)->m); } while (0)
#define spin_unlock_irqrestore(l, flags)  do { pthread_mutex_unlock(&(l)->m); (void)(flags); } while (0)
#else
/* uniprocessor: disabling "interrupts" is enough */
#define spin_lock_init(l)                 do { (void)(l); } while (0)
#define spin_lock_irqsave(l, flags)       do { (void)(l); (flags) = 1; } while (0)
#define spin_unlock_irqrestore(l, flags)  do { (void)(l); (void)(flags); } while (0)
#endif

struct fifo_dev {
    spinlock_t lock;
    int fifo_len;
    unsigned char fifo[64];
};

static struct fifo_dev fdev;

static void fifo_irq_handler(struct fifo_dev *d) {
    unsigned long flags;
    spin_lock_irqsave(&d->lock, flags);
    if (d->fifo_len < 64) d->fifo[d->fifo_len++] = 0x55;
    spin_unlock_irqrestore(&d->lock, flags);
}

static long fifo_read(struct fifo_dev *d, unsigned char *out, long n) {
    unsigned long flags;
    long got = 0;
    spin_lock_irqsave(&d->lock, flags);
    while (got < n && d->fifo_len > 0) out[got++] = d->fifo[--d->fifo_len];
    spin_unlock_irqrestore(&d->lock, flags);
    return got;
}

static void *irq(void *a) { for (int i = 0; i < 20; i++) { fifo_irq_handler(a); usleep(50); } return NULL; }
static void *reader(void *a) {
    unsigned char buf[8];
    for (int i = 0; i < 20; i++) { fifo_read(a, buf, 8); usleep(50); }
    return NULL;
}

int main(void) {
    pthread_t t1, t2;
    spin_lock_init(&fdev.lock);
    pthread_create(&t1, NULL, irq, &fdev);
    pthread_create(&t2, NULL, reader, &fdev);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("%d\n", fdev.fifo_len);
    return 0;
}
