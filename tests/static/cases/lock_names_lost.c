// Locks whose identity the analysis cannot keep: an unlock through a pointer that may be
// either of two objects releases whichever lock it may be, even one held under its own
// name; a lock array inside an element reached through a local pointer (s = &sh[k]) is not
// one element lock for every k. Each write after them races.
#include <pthread.h>

struct obj {
    pthread_mutex_t m;
};
struct shard {
    pthread_mutex_t m[2];
};
static struct obj A = {PTHREAD_MUTEX_INITIALIZER}, B = {PTHREAD_MUTEX_INITIALIZER};
static struct shard sh[2];
static int x, data[2];

static void *t1(void *arg)
{
    struct obj *p = arg ? &B : &A, *q = arg ? &A : &B;
    pthread_mutex_lock(&A.m);
    pthread_mutex_lock(&p->m);
    pthread_mutex_unlock(&q->m);
    x++; // RACE (possible)
    pthread_mutex_unlock(&p->m);
    return NULL;
}

static void *t2(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&A.m);
    x++; // RACE (possible)
    pthread_mutex_unlock(&A.m);
    return NULL;
}

static void *worker(void *a)
{
    struct shard *s = &sh[(long)a];
    for (int i = 0; i < 2; i++) {
        pthread_mutex_lock(&s->m[i]);
        data[i]++; // RACE (possible)
        pthread_mutex_unlock(&s->m[i]);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b, c, d;
    for (int i = 0; i < 4; i++)
        pthread_mutex_init(&sh[i / 2].m[i % 2], NULL);
    pthread_create(&a, NULL, t1, (void *)1L);
    pthread_create(&b, NULL, t2, NULL);
    pthread_create(&c, NULL, worker, (void *)0L);
    pthread_create(&d, NULL, worker, (void *)1L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_join(c, NULL);
    pthread_join(d, NULL);
    return x + data[0];
}
