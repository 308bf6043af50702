/* TRUTH: racy. `while (!__sync_val_compare_and_swap(&l,0,1))` spins while the old value was 0 (i.e. after it took the lock) and exits when someone holds it, so no exclusion. */
#include <pthread.h>
#include <stdio.h>
static int l;
static int hits[2];

static void *worker(void *arg)
{
    int k = *(int *)arg;
    while (!__sync_val_compare_and_swap(&l, 0, 1))
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
