/* TRUTH: racy — the sensor sits on the "fast" bus whose ops->lock/unlock are empty stubs, so the two reader threads update sensor->last_sample concurrently */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

struct bus;
struct bus_ops {
    void (*lock)(struct bus *b);
    void (*unlock)(struct bus *b);
    int  (*xfer)(struct bus *b, int reg);
};
struct bus {
    const struct bus_ops *ops;
    pthread_mutex_t mutex;
    int regs[8];
};

static void i2c_lock(struct bus *b)   { pthread_mutex_lock(&b->mutex); }
static void i2c_unlock(struct bus *b) { pthread_mutex_unlock(&b->mutex); }
static int  i2c_xfer(struct bus *b, int reg) { return b->regs[reg & 7]; }
/* memory-mapped "bus": single master, no locking needed (or so it claims) */
static void mmio_lock(struct bus *b)   { (void)b; }
static void mmio_unlock(struct bus *b) { (void)b; }
static int  mmio_xfer(struct bus *b, int reg) { return b->regs[reg & 7] + 1; }

static const struct bus_ops i2c_ops  = { i2c_lock, i2c_unlock, i2c_xfer };
static const struct bus_ops mmio_ops = { mmio_lock, mmio_unlock, mmio_xfer };

struct sensor {
    struct bus *bus;
    int last_sample;
    int nr_reads;
};

static struct bus i2c_bus  = { &i2c_ops,  PTHREAD_MUTEX_INITIALIZER, {1,2,3,4,5,6,7,8} };
static struct bus mmio_bus = { &mmio_ops, PTHREAD_MUTEX_INITIALIZER, {8,7,6,5,4,3,2,1} };

static struct sensor temp  = { &i2c_bus, 0, 0 };
static struct sensor press = { &mmio_bus, 0, 0 };

static int sensor_read(struct sensor *s, int reg) {
    struct bus *b = s->bus;
    b->ops->lock(b);
    s->last_sample = b->ops->xfer(b, reg);
    s->nr_reads++;
    b->ops->unlock(b);
    return s->last_sample;
}

static void *poller(void *arg) {
    struct sensor *s = arg;
    for (int i = 0; i < 10; i++) { sensor_read(s, i); usleep(50); }
    return NULL;
}

int main(void) {
    pthread_t t[4];
    pthread_create(&t[0], NULL, poller, &temp);
    pthread_create(&t[1], NULL, poller, &temp);
    pthread_create(&t[2], NULL, poller, &press);
    pthread_create(&t[3], NULL, poller, &press);
    for (int i = 0; i < 4; i++) pthread_join(t[i], NULL);
    printf("%d %d\n", temp.nr_reads, press.nr_reads);
    return 0;
}
