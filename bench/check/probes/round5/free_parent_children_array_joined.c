/* TRUTH: race-free - a dispatcher thread starts 3 children each writing its own slot[i], joins all 3 and then sums; main reads sum after joining the dispatcher */
#include <pthread.h>
static int slot[3];
static int sum;
static void *child(void *arg)
{
    int *p = arg;
    *p = 7;
    return NULL;
}
static void *dispatcher(void *arg)
{
    (void)arg;
    pthread_t c[3];
    for (int i = 0; i < 3; i++)
        pthread_create(&c[i], NULL, child, &slot[i]);
    for (int i = 0; i < 3; i++)
        pthread_join(c[i], NULL);
    for (int i = 0; i < 3; i++)
        sum += slot[i];
    return NULL;
}
int main(void)
{
    pthread_t d;
    pthread_create(&d, NULL, dispatcher, NULL);
    pthread_join(d, NULL);
    return sum == 21 ? 0 : 1;
}
