/* TRUTH: racy — thread 0 sums partial[] BEFORE calling pthread_barrier_wait, so its reads of partial[1..3] are unordered with the other threads' writes of their partial slots. */
#include <pthread.h>
#include <stdio.h>

#define P 4
static pthread_barrier_t bar;
static int partial[P];
static int grand;

static void *reduce(void *a)
{
    int id = (int)(long)a;
    partial[id] = id * 10;
    if (id == 0) {
        int s = 0;
        for (int i = 0; i < P; i++)
            s += partial[i];
        grand = s;
    }
    pthread_barrier_wait(&bar);
    return NULL;
}

int main(void)
{
    pthread_t t[P];
    pthread_barrier_init(&bar, NULL, P);
    for (long i = 0; i < P; i++)
        pthread_create(&t[i], NULL, reduce, (void *)i);
    for (int i = 0; i < P; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", grand);
    return 0;
}
