/* racy_kref.c: RACY. kref_get increments refcount with a plain ++ (not atomic, no lock), racing with the
 * other thread's kref_get/atomic kref_put on the same counter. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct kref {
    int refcount;
};

static void kref_init(struct kref *k)
{
    k->refcount = 1;
}

static void kref_get(struct kref *k)
{
    k->refcount++;
}

static int kref_put(struct kref *k, void (*release)(struct kref *))
{
    if (__atomic_fetch_sub(&k->refcount, 1, __ATOMIC_ACQ_REL) == 1) {
        release(k);
        return 1;
    }
    return 0;
}

struct my_dev {
    struct kref ref;
    pthread_mutex_t lock;
    int users;
    long value;
};

static int released;

static void my_dev_release(struct kref *k)
{
    struct my_dev *d = (struct my_dev *)k; /* ref is the first member */
    pthread_mutex_destroy(&d->lock);
    free(d);
    released = 1;
}

struct file {
    void *private_data;
};

static int my_open(struct file *f, struct my_dev *d)
{
    kref_get(&d->ref);
    f->private_data = d;
    pthread_mutex_lock(&d->lock);
    d->users++;
    pthread_mutex_unlock(&d->lock);
    return 0;
}

static void my_poke(struct file *f, long v)
{
    struct my_dev *d = f->private_data;
    pthread_mutex_lock(&d->lock);
    d->value += v;
    pthread_mutex_unlock(&d->lock);
}

static int my_release(struct file *f)
{
    struct my_dev *d = f->private_data;
    pthread_mutex_lock(&d->lock);
    d->users--;
    pthread_mutex_unlock(&d->lock);
    kref_put(&d->ref, my_dev_release);
    f->private_data = NULL;
    return 0;
}

static void *user(void *arg)
{
    struct my_dev *d = arg;
    int round, i;
    for (round = 0; round < 50; round++) {
        struct file f;
        my_open(&f, d);
        for (i = 0; i < 5; i++)
            my_poke(&f, i);
        my_release(&f);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    struct my_dev *d = malloc(sizeof(*d));
    if (!d)
        return 1;
    kref_init(&d->ref);
    pthread_mutex_init(&d->lock, NULL);
    d->users = 0;
    d->value = 0;
    pthread_create(&a, NULL, user, d);
    pthread_create(&b, NULL, user, d);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("value=%ld users=%d\n", d->value, d->users);
    kref_put(&d->ref, my_dev_release);
    printf("released=%d\n", released);
    return 0;
}
