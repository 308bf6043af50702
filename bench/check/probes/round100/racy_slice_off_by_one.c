/* TRUTH: racy — the loop uses <= end, so each thread also writes the first element of the next slice */
#include <pthread.h>
#include <stdio.h>

#define NT 4
#define LEN 400

static int a[LEN + 1];

static void *clear(void *arg)
{
    int id = (int)(long)arg;
    int start = id * (LEN / NT);
    int end = start + LEN / NT;
    for (int i = start; i <= end; i++)
        a[i] = id;
    return NULL;
}

int main(void)
{
    pthread_t th[NT];
    for (long i = 0; i < NT; i++)
        pthread_create(&th[i], NULL, clear, (void *)i);
    for (int i = 0; i < NT; i++)
        pthread_join(th[i], NULL);
    printf("%d %d\n", a[100], a[200]);
    return 0;
}
