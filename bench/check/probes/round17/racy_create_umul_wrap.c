/* Racy: i * 0x80000000u wraps in unsigned int, so threads 0 and 2 are both handed 0 and both write cell[0]. */
#include <pthread.h>
#include <stdio.h>
#define T 3
int cell[4];
static void *work(void *arg)
{
    unsigned long id = (unsigned long)arg;
    if (id < 4)
        cell[id] += 1;
    return NULL;
}
int main(void)
{
    pthread_t t[T];
    for (unsigned i = 0; i < T; i++)
        pthread_create(&t[i], NULL, work, (void *)(unsigned long)(i * 0x80000000u));
    for (int i = 0; i < T; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", cell[0]);
    return 0;
}
