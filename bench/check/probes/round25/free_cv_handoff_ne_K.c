/* TRUTH: race-free. state is stored only by loader, only once (state = 2, under m), after writing config; client reads state under m until it is 2, then reads config: loader's unlock comes before client's lock that read 2. */
#include <pthread.h>
#include <stdio.h>

int config;
int state;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;

void *loader(void *arg)
{
    (void)arg;
    config = 1234;
    pthread_mutex_lock(&m);
    state = 2;
    pthread_cond_broadcast(&cv);
    pthread_mutex_unlock(&m);
    return NULL;
}

void *client(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    while (state != 2)
        pthread_cond_wait(&cv, &m);
    pthread_mutex_unlock(&m);
    printf("%d\n", config);
    return NULL;
}

int main(void)
{
    pthread_t l, c;
    pthread_create(&c, NULL, client, NULL);
    pthread_create(&l, NULL, loader, NULL);
    pthread_join(c, NULL);
    pthread_join(l, NULL);
    return 0;
}
