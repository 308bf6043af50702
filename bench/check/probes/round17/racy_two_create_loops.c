/* Racy: two create loops both hand ids 0..3 to work, so two live threads write each cell[id]. */
#include <pthread.h>
#include <stdio.h>
#define T 4
int cell[T];
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
        pthread_create(&a[i], NULL, work, (void *)i);
    for (long i = 0; i < T; i++)
        pthread_create(&b[i], NULL, work, (void *)i);
    for (int i = 0; i < T; i++) {
        pthread_join(a[i], NULL);
        pthread_join(b[i], NULL);
    }
    printf("%d\n", cell[0]);
    return 0;
}
