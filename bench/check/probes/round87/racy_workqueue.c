/* racy_workqueue.c: RACY. my_work_fn updates d->processed/d->last_data without d->lock ("only the worker
 * writes them"), racing with the locked reads in my_ioctl_get on the ioctl thread. */
#include <pthread.h>
#include <unistd.h>
#include <stddef.h>
#include <stdio.h>

#define container_of(ptr, type, member) \
    ((type *)((char *)(ptr) - offsetof(type, member)))

struct work_struct {
    void (*func)(struct work_struct *);
    int data;
};

struct workqueue {
    pthread_mutex_t lock;
    struct work_struct *items[64];
    int head, tail;
};

struct my_dev {
    pthread_mutex_t lock;
    long processed;
    int last_data;
    struct work_struct work[4];
};

static struct workqueue wq = { .lock = PTHREAD_MUTEX_INITIALIZER };

static int queue_work(struct workqueue *q, struct work_struct *w)
{
    int ok = 0;
    pthread_mutex_lock(&q->lock);
    if (q->tail - q->head < 64) {
        q->items[q->tail % 64] = w;
        q->tail++;
        ok = 1;
    }
    pthread_mutex_unlock(&q->lock);
    return ok;
}

static struct work_struct *dequeue_work(struct workqueue *q)
{
    struct work_struct *w = NULL;
    pthread_mutex_lock(&q->lock);
    if (q->head != q->tail) {
        w = q->items[q->head % 64];
        q->head++;
    }
    pthread_mutex_unlock(&q->lock);
    return w;
}

static void my_work_fn(struct work_struct *w)
{
    struct my_dev *d = container_of(w - w->data, struct my_dev, work[0]);
    d->processed++;
    d->last_data = w->data;
}

static long my_ioctl_get(struct my_dev *d)
{
    long v;
    pthread_mutex_lock(&d->lock);
    v = d->processed * 10 + d->last_data;
    pthread_mutex_unlock(&d->lock);
    return v;
}

static void *worker_thread(void *arg)
{
    struct workqueue *q = arg;
    int idle = 0;
    while (idle < 2000) {
        struct work_struct *w = dequeue_work(q);
        if (w) {
            w->func(w);
            idle = 0;
        } else {
            idle++;
            usleep(10);
        }
    }
    return NULL;
}

static void *ioctl_thread(void *arg)
{
    struct my_dev *d = arg;
    long acc = 0;
    int i;
    for (i = 0; i < 200; i++) {
        queue_work(&wq, &d->work[i % 4]);
        acc += my_ioctl_get(d);
        usleep(20);
    }
    return (void *)acc;
}

static struct my_dev dev0;

int main(void)
{
    pthread_t tw, ti;
    int i;
    pthread_mutex_init(&dev0.lock, NULL);
    for (i = 0; i < 4; i++) {
        dev0.work[i].func = my_work_fn;
        dev0.work[i].data = i;
    }
    pthread_create(&tw, NULL, worker_thread, &wq);
    pthread_create(&ti, NULL, ioctl_thread, &dev0);
    pthread_join(ti, NULL);
    pthread_join(tw, NULL);
    printf("processed=%ld\n", dev0.processed);
    return 0;
}
