/* TRUTH: free — the irq thread queues bottom-half work on a kworker thread, and remove() joins the irq thread and then flushes (joins) the workqueue before reading the stats */
#include <pthread.h>
#include <stdio.h>
#include <stddef.h>
#include <unistd.h>

#define container_of(ptr, type, member) ((type *)((char *)(ptr) - offsetof(type, member)))

struct work_struct { void (*func)(struct work_struct *); };

struct workqueue { pthread_t worker; int started; };
static struct workqueue system_wq;

static void *kworker(void *arg) {
    struct work_struct *w = arg;
    usleep(200);
    w->func(w);
    return NULL;
}

static void queue_work(struct workqueue *wq, struct work_struct *w) {
    pthread_create(&wq->worker, NULL, kworker, w);
    wq->started = 1;
}

static void flush_workqueue(struct workqueue *wq) {
    if (wq->started) { pthread_join(wq->worker, NULL); wq->started = 0; }
}

struct rx_dev {
    struct work_struct rx_work;
    unsigned irq_count;
    unsigned rx_done;
};

static struct rx_dev rxd;

static void rx_work_fn(struct work_struct *w) {
    struct rx_dev *d = container_of(w, struct rx_dev, rx_work);
    d->rx_done += 16;
}

static void *rx_irq_thread(void *arg) {
    struct rx_dev *d = arg;
    d->irq_count++;
    queue_work(&system_wq, &d->rx_work);
    return NULL;
}

int main(void) {
    pthread_t irq;
    rxd.rx_work.func = rx_work_fn;
    pthread_create(&irq, NULL, rx_irq_thread, &rxd);
    pthread_join(irq, NULL);
    flush_workqueue(&system_wq);
    printf("irqs=%u rx=%u\n", rxd.irq_count, rxd.rx_done);
    return 0;
}
