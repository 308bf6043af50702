/* TRUTH: free — both threads hold a[2].lock around a[2].val; one spells it through p = &a[2], the other through q = a + 2 */
#include <pthread.h>
#include <stdio.h>

#define N 4
struct slot { pthread_mutex_t lock; long val; };
static struct slot a[N] = {
    { PTHREAD_MUTEX_INITIALIZER, 0 }, { PTHREAD_MUTEX_INITIALIZER, 0 },
    { PTHREAD_MUTEX_INITIALIZER, 0 }, { PTHREAD_MUTEX_INITIALIZER, 0 }
};

static void *worker(void *arg)
{
    (void)arg;
    struct slot *p = &a[2];
    pthread_mutex_lock(&p->lock);
    a[2].val++;
    pthread_mutex_unlock(&p->lock);
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    pthread_mutex_lock(&a[2].lock);
    struct slot *q = a + 2;
    q->val++;
    pthread_mutex_unlock(&a[2].lock);
    pthread_join(t, NULL);
    printf("%ld\n", a[2].val);
    return 0;
}
