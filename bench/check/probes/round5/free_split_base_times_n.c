/* TRUTH: race-free - thread id handles data[id*CH + i] for 0 <= i < CH: the ranges [0,CH) and [CH,2CH) are disjoint */
#include <pthread.h>
#define CH 16
static double data[2 * CH];
static void *scale(void *arg)
{
    int id = *(int *)arg;
    int base = id * CH;
    for (int i = 0; i < CH; i++)
        data[base + i] = data[base + i] * 2.0 + id;
    return NULL;
}
int main(void)
{
    for (int i = 0; i < 2 * CH; i++)
        data[i] = i;
    pthread_t t[2];
    int ids[2] = { 0, 1 };
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, scale, &ids[i]);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    return data[CH] > 0 ? 0 : 1;
}
