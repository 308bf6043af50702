/* TRUTH: free — each slot's val is only touched while that slot's lock is held; the lock is taken through a local pointer and released by the callee that was given the same slot */
#include <pthread.h>
#include <stdio.h>

#define N 4
struct slot { pthread_mutex_t lock; long val; };
static struct slot a[N];

static void bump_and_put(struct slot *s)
{
    s->val++;
    pthread_mutex_unlock(&s->lock);
}

static void *worker(void *arg)
{
    long k, i = (long)arg;
    for (k = 0; k < N; k++) {
        struct slot *p = &a[(i + k) % N];
        pthread_mutex_lock(&p->lock);
        bump_and_put(p);
    }
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    long i;
    for (i = 0; i < N; i++)
        pthread_mutex_init(&a[i].lock, NULL);
    for (i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    printf("%ld\n", a[0].val);
    return 0;
}
