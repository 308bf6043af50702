/* TRUTH: race-free. One producer writes msg then sets go under m (go's only store); two readers wait under m until go is set and then only read msg: every write of msg comes before every read, and the readers never write. */
#include <pthread.h>
#include <stdio.h>

int msg;
int go;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;

void *producer(void *arg)
{
    (void)arg;
    msg = 77;
    pthread_mutex_lock(&m);
    go = 1;
    pthread_cond_broadcast(&cv);
    pthread_mutex_unlock(&m);
    return NULL;
}

void *reader_a(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    while (!go)
        pthread_cond_wait(&cv, &m);
    pthread_mutex_unlock(&m);
    printf("a %d\n", msg);
    return NULL;
}

void *reader_b(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    while (!go)
        pthread_cond_wait(&cv, &m);
    pthread_mutex_unlock(&m);
    printf("b %d\n", msg);
    return NULL;
}

int main(void)
{
    pthread_t a, b, p;
    pthread_create(&a, NULL, reader_a, NULL);
    pthread_create(&b, NULL, reader_b, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_join(p, NULL);
    return 0;
}
