/* Race-free: the combine loop joins t[i] first and then adds partial[i], so every read of
   partial[i] comes after the thread that wrote it has been joined. */
#include <pthread.h>
#include <stdio.h>

#define NT 4
#define LEN 4000

static double v[LEN];
static double partial[NT];

static void *dot(void *arg)
{
    long id = (long)arg;
    double s = 0;
    for (long i = id; i < LEN; i += NT)
        s += v[i] * v[i];
    partial[id] = s;
    return NULL;
}

int main(void)
{
    pthread_t t[NT];
    double norm2 = 0;
    for (int i = 0; i < LEN; i++)
        v[i] = (i % 10) * 0.5;
    for (long i = 0; i < NT; i++)
        pthread_create(&t[i], NULL, dot, (void *)i);
    for (int i = 0; i < NT; i++) {
        pthread_join(t[i], NULL);
        norm2 += partial[i];
    }
    printf("%f\n", norm2);
    return 0;
}
