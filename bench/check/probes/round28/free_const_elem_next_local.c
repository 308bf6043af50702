/* TRUTH: race-free. The worker is handed &a[0] but only writes the element after it,
   through 'int *nx = p + 1' (a[1]); main concurrently writes a[0] only, and reads a[1]
   after the join. */
#include <pthread.h>
#include <stdio.h>

static int a[2];

static void *worker(void *arg)
{
    int *p = arg;
    int *nx = p + 1;
    *nx = 5;
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, &a[0]);
    a[0] = 9;
    pthread_join(t, NULL);
    printf("%d %d\n", a[0], a[1]);
    return 0;
}
