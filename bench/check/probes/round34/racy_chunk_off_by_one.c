/* TRUTH: racy — the loop bound is i <= CH: worker 0 touches data[0..8] and worker 1 data[8..16], so both update data[8] (line 12) unsynchronized. */
#include <pthread.h>
#include <stdio.h>

#define T 2
#define CH 8
static int data[T * CH + 1];

static void *chunk_worker(void *arg) {
    int id = (int)(long)arg;
    for (int i = 0; i <= CH; i++)
        data[id * CH + i] += i; // @A
    return NULL;
}

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, chunk_worker, (void *)0);
    pthread_create(&b, NULL, chunk_worker, (void *)1);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    long s = 0;
    for (int i = 0; i <= T * CH; i++) s += data[i];
    printf("%ld\n", s);
    return 0;
}
