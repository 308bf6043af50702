/* racy_probe_order.c: RACY. probe() calls request_irq() (starting the irq thread) BEFORE it sets d->buf_size and
 * d->mode, so those unlocked initialising writes race with the handler's locked reads. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

typedef int (*irq_handler_t)(int, void *);

struct irq_action {
    int irq;
    irq_handler_t handler;
    void *dev_id;
    pthread_t thread;
};

struct platform_device {
    const char *name;
    void *drvdata;
};

struct my_dev {
    pthread_mutex_t lock;
    int mode;
    int buf_size;
    long handled;
    struct irq_action action;
};

static void *irq_thread_fn(void *arg)
{
    struct irq_action *a = arg;
    int i;
    for (i = 0; i < 300; i++)
        a->handler(a->irq, a->dev_id);
    return NULL;
}

static int request_irq(struct irq_action *a, int irq, irq_handler_t h, void *dev_id)
{
    a->irq = irq;
    a->handler = h;
    a->dev_id = dev_id;
    return pthread_create(&a->thread, NULL, irq_thread_fn, a);
}

static void free_irq(struct irq_action *a)
{
    pthread_join(a->thread, NULL);
}

static int my_handler(int irq, void *dev_id)
{
    struct my_dev *d = dev_id;
    (void)irq;
    pthread_mutex_lock(&d->lock);
    if (d->mode == 2 && d->buf_size > 0)
        d->handled++;
    pthread_mutex_unlock(&d->lock);
    return 1;
}

static int my_probe(struct platform_device *pdev)
{
    struct my_dev *d = calloc(1, sizeof(*d));
    if (!d)
        return -1;
    pthread_mutex_init(&d->lock, NULL);
    pdev->drvdata = d;
    if (request_irq(&d->action, 5, my_handler, d)) {
        free(d);
        return -1;
    }
    d->buf_size = 4096;
    d->mode = 2;
    return 0;
}

static void my_set_mode(struct my_dev *d, int mode)
{
    pthread_mutex_lock(&d->lock);
    d->mode = mode;
    pthread_mutex_unlock(&d->lock);
}

static void my_remove(struct platform_device *pdev)
{
    struct my_dev *d = pdev->drvdata;
    free_irq(&d->action);
    printf("handled=%ld mode=%d\n", d->handled, d->mode);
    pthread_mutex_destroy(&d->lock);
    free(d);
    pdev->drvdata = NULL;
}

static void *sysfs_thread(void *arg)
{
    struct platform_device *pdev = arg;
    struct my_dev *d = pdev->drvdata;
    int i;
    for (i = 0; i < 300; i++)
        my_set_mode(d, (i & 1) + 1);
    return NULL;
}

int main(void)
{
    struct platform_device pdev = { "mydev", NULL };
    pthread_t ts;
    if (my_probe(&pdev))
        return 1;
    pthread_create(&ts, NULL, sysfs_thread, &pdev);
    pthread_join(ts, NULL);
    my_remove(&pdev);
    return 0;
}
