// A function that locks the mutex inside the object its parameter points at and then
// touches that object's fields holds the lock of whatever object it reaches: the accesses of
// two threads that reach one object hold one mutex, even when the analysis cannot tell which
// objects they are (heap objects handed around). Touching another parameter's object, or
// after an unlock, holds nothing of it.
#include <pthread.h>
#include <stdlib.h>

struct account { pthread_mutex_t lock; long balance; long fee; long audits; };
struct job { struct account *acc, *other; long delta; };

static void apply(struct account *a, long d)
{
    pthread_mutex_lock(&a->lock);
    a->balance += d; // NORACE: under the lock of the account it changes
    pthread_mutex_unlock(&a->lock);
    a->audits++; // RACE (possible): after the unlock
}

static void charge(struct account *a, struct account *b)
{
    pthread_mutex_lock(&a->lock);
    b->fee++; // RACE (possible): b's object, under a's lock (jobs hand them crossed)
    pthread_mutex_unlock(&a->lock);
}

static void *run(void *p)
{
    struct job *j = p;
    for (int i = 0; i < 3; i++)
        apply(j->acc, j->delta);
    charge(j->acc, j->other);
    return NULL;
}

int main(void)
{
    struct account *x = calloc(1, sizeof *x), *y = calloc(1, sizeof *y);
    if (!x || !y)
        return 1;
    pthread_mutex_init(&x->lock, NULL);
    pthread_mutex_init(&y->lock, NULL);
    struct job j1 = {x, y, 10}, j2 = {y, x, -4};
    pthread_t a, b;
    pthread_create(&a, NULL, run, &j1);
    pthread_create(&b, NULL, run, &j2);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    long r = x->balance + y->fee;
    free(x);
    free(y);
    return (int)r;
}
