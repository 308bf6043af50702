/* TRUTH: free — every sensor access goes through bus->ops->lock/unlock, and both bus implementations really take the bus mutex */
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
static void spi_lock(struct bus *b)   { pthread_mutex_lock(&b->mutex); }
static void spi_unlock(struct bus *b) { pthread_mutex_unlock(&b->mutex); }
static int  spi_xfer(struct bus *b, int reg) { return b->regs[reg & 7] * 2; }

static const struct bus_ops i2c_ops = { i2c_lock, i2c_unlock, i2c_xfer };
static const struct bus_ops spi_ops = { spi_lock, spi_unlock, spi_xfer };

struct sensor {
    struct bus *bus;
    int last_sample;
    int nr_reads;
};

static struct bus i2c_bus = { &i2c_ops, PTHREAD_MUTEX_INITIALIZER, {1,2,3,4,5,6,7,8} };
static struct bus spi_bus = { &spi_ops, PTHREAD_MUTEX_INITIALIZER, {8,7,6,5,4,3,2,1} };

static struct sensor temp  = { &i2c_bus, 0, 0 };
static struct sensor press = { &spi_bus, 0, 0 };

static int sensor_read(struct sensor *s, int reg) {
    struct bus *b = s->bus;
    int v;
    b->ops->lock(b);
    s->last_sample = b->ops->xfer(b, reg);
    s->nr_reads++;
    v = s->last_sample;
    b->ops->unlock(b);
    return v;
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
