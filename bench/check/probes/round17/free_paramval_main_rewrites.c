/* Race-free: main rewrites ids[0] only after joining every thread. */
#include <pthread.h>
#include <stdio.h>
#define T 4
#define CH 4
int data[T * CH];
int ids[T];
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *work(void *arg)
{
    int *idp = arg;
    pthread_mutex_lock(&m);
    int id = *idp;
    pthread_mutex_unlock(&m);
    for (int i = 0; i < CH; i++)
        data[id * CH + i] = id;
    return NULL;
}
int main(void)
{
    pthread_t t[T];
    for (int i = 0; i < T; i++) {
        ids[i] = i;
        pthread_create(&t[i], NULL, work, &ids[i]);
    }
    for (int i = 0; i < T; i++)
        pthread_join(t[i], NULL);
    pthread_mutex_lock(&m);
    ids[0] = 1;
    pthread_mutex_unlock(&m);
    printf("%d\n", data[CH]);
    return 0;
}
