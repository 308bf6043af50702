/* TRUTH: racy — hand-rolled lazy init: both threads may read/write `initialized` and fill table at once */
#include <pthread.h>
#include <stdio.h>

static int initialized;
static int squares[100];

static void init_squares(void)
{
    if (!initialized) {
        for (int i = 0; i < 100; i++)
            squares[i] = i * i;
        initialized = 1;
    }
}

static void *worker(void *arg)
{
    int k = (int)(long)arg;
    init_squares();
    printf("%d^2 = %d\n", k, squares[k]);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)7L);
    pthread_create(&b, NULL, worker, (void *)9L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
