/* TRUTH: racy. swap_into() is a function wrapping the generic __atomic_exchange that writes *ret plainly; both workers pass &last_old (a global). */
#include <pthread.h>
#include <stdio.h>

static int slot;
static int last_old;

static void swap_into(int *obj, int *val, int *ret)
{
    __atomic_exchange(obj, val, ret, __ATOMIC_ACQ_REL);
}

static void *worker(void *arg)
{
    int v = (int)(long)arg;
    swap_into(&slot, &v, &last_old);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)1L);
    pthread_create(&b, NULL, worker, (void *)2L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", last_old);
    return 0;
}
