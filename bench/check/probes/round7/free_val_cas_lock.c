/* TRUTH: free. `while (__sync_val_compare_and_swap(&l,0,1) != 0)` is a correct CAS spin lock guarding hits[]. */
#include <pthread.h>
#include <stdio.h>
static int l;
static int hits[2];

static void *worker(void *arg)
{
    int k = *(int *)arg;
    while (__sync_val_compare_and_swap(&l, 0, 1) != 0)
        ;
    hits[k & 1]++;
    hits[0] += 2;
    __sync_lock_release(&l);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    int ka = 0, kb = 1;
    pthread_create(&a, NULL, worker, &ka);
    pthread_create(&b, NULL, worker, &kb);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", hits[0], hits[1]);
    return 0;
}
