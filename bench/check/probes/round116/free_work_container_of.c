/* TRUTH: free — the deferred work function recovers the device with container_of and takes the same dev->lock the irq path uses for the shared counters */
#include <pthread.h>
#include <stdio.h>
#include <stddef.h>
#include <unistd.h>

#define container_of(ptr, type, member) ((type *)((char *)(ptr) - offsetof(type, member)))

struct work_struct { void (*func)(struct work_struct *); };
struct delayed_work { struct work_struct work; unsigned delay_us; };

struct batt_dev {
    pthread_mutex_t lock;
    int voltage_mv;
    int samples;
    struct delayed_work poll_work;
};

static struct batt_dev batt = { .lock = PTHREAD_MUTEX_INITIALIZER, .voltage_mv = 3700 };

static void batt_poll_work(struct work_struct *w) {
    struct delayed_work *dw = container_of(w, struct delayed_work, work);
    struct batt_dev *b = container_of(dw, struct batt_dev, poll_work);
    pthread_mutex_lock(&b->lock);
    b->voltage_mv -= 1;
    b->samples++;
    pthread_mutex_unlock(&b->lock);
}

static void *kworker(void *arg) {
    struct delayed_work *dw = arg;
    for (int i = 0; i < 10; i++) { usleep(dw->delay_us); dw->work.func(&dw->work); }
    return NULL;
}

static void batt_charger_irq(struct batt_dev *b) {
    pthread_mutex_lock(&b->lock);
    b->voltage_mv += 5;
    b->samples++;
    pthread_mutex_unlock(&b->lock);
}

static void *irq_thread(void *arg) {
    for (int i = 0; i < 10; i++) { batt_charger_irq(arg); usleep(20); }
    return NULL;
}

int main(void) {
    pthread_t w, i;
    batt.poll_work.work.func = batt_poll_work;
    batt.poll_work.delay_us = 20;
    pthread_create(&w, NULL, kworker, &batt.poll_work);
    pthread_create(&i, NULL, irq_thread, &batt);
    pthread_join(w, NULL);
    pthread_join(i, NULL);
    printf("%d %d\n", batt.voltage_mv, batt.samples);
    return 0;
}
