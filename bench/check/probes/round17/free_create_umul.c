/* Race-free: i * 2u gives distinct ids 0, 2, 4; each thread writes only cell[id]. */
#include <pthread.h>
#include <stdio.h>
#define T 3
int cell[8];
static void *work(void *arg)
{
    unsigned long id = (unsigned long)arg;
    if (id < 8)
        cell[id] += 1;
    return NULL;
}
int main(void)
{
    pthread_t t[T];
    for (unsigned i = 0; i < T; i++)
        pthread_create(&t[i], NULL, work, (void *)(unsigned long)(i * 2u));
    for (int i = 0; i < T; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", cell[0]);
    return 0;
}
