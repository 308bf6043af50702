/* Racy: memset(&tab[2], 0, 4 * sizeof(int)) clears tab[2..5], including tab[4] which the other thread writes. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
int tab[8];
static void *clear(void *arg)
{
    (void)arg;
    memset(&tab[2], 0, 4 * sizeof(int));
    return NULL;
}
static void *set(void *arg)
{
    (void)arg;
    tab[4] = 7;
    return NULL;
}
int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, clear, NULL);
    pthread_create(&b, NULL, set, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", tab[4]);
    return 0;
}
