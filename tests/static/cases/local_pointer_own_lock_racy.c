// ARGS: --type-matches
// The racy twins of local_pointer_own_lock.c: a pointer that does not keep its value between
// the lock and the access, an access below a member struct that has a lock of its own name,
// a lock released before the access, and one path that takes no lock.
#include <pthread.h>
#include <stdlib.h>

struct sub {
    pthread_mutex_t lock;
    int n;
};
struct dev {
    pthread_mutex_t lock;
    int n;
    int m;
    int k;
    struct sub s;
};
struct file {
    struct dev *priv;
    struct dev *other;
};

static struct dev devs[2];

static void moved(struct file *f)
{
    struct dev *p = f->priv;
    pthread_mutex_lock(&p->lock);
    p = f->other; /* p no longer points at the locked object */
    p->n++; // RACE
    pthread_mutex_unlock(&f->priv->lock);
}

static void nested(struct file *f)
{
    struct dev *p = f->priv;
    struct sub *q = &f->priv->s;
    pthread_mutex_lock(&p->lock);
    p->s.n++; // RACE: p->lock here, s.lock below
    pthread_mutex_unlock(&p->lock);
    pthread_mutex_lock(&q->lock);
    q->n++; // RACE
    pthread_mutex_unlock(&q->lock);
}

static void released(struct file *f)
{
    struct dev *p = f->priv;
    pthread_mutex_lock(&p->lock);
    pthread_mutex_unlock(&p->lock);
    p->m++; // RACE
}

static void one_path(struct file *f, int c)
{
    struct dev *p = f->priv;
    if (c)
        pthread_mutex_lock(&p->lock);
    p->k++; // RACE
    if (c)
        pthread_mutex_unlock(&p->lock);
}

static void *worker(void *arg)
{
    struct file f = {&devs[0], &devs[1]};
    moved(&f);
    nested(&f);
    released(&f);
    one_path(&f, arg != NULL);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    for (int i = 0; i < 2; i++) {
        pthread_mutex_init(&devs[i].lock, NULL);
        pthread_mutex_init(&devs[i].s.lock, NULL);
    }
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, &a);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
