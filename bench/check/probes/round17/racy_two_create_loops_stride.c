/* Racy: the second create loop hands 2*i+2, overlapping the first loop's 2*i ids, so two live threads share cell[2]. */
#include <pthread.h>
#include <stdio.h>
#define T 3
int cell[2 * T + 2];
static void *work(void *arg)
{
    long id = (long)arg;
    cell[id] += 1;
    return NULL;
}
int main(void)
{
    pthread_t a[T], b[T];
    for (long i = 0; i < T; i++)
        pthread_create(&a[i], NULL, work, (void *)(2 * i));
    for (long i = 0; i < T; i++)
        pthread_create(&b[i], NULL, work, (void *)(2 * i + 2));
    for (int i = 0; i < T; i++) {
        pthread_join(a[i], NULL);
        pthread_join(b[i], NULL);
    }
    printf("%d\n", cell[2]);
    return 0;
}
