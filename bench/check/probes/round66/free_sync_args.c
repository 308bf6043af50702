/* TRUTH: free — the thread API calls here only touch their own objects and locals */
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <stdio.h>
#include <time.h>
struct W { pthread_mutex_t m; pthread_cond_t c; int ready; int x; };
static struct W w = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, 0, 0};
static sem_t s;
static pthread_barrier_t b;
static void *fn(void *arg)
{
    struct W *p = arg;
    pthread_barrier_wait(&b);
    pthread_mutex_lock(&p->m);
    p->x++;
    p->ready = 1;
    pthread_cond_signal(&p->c);
    pthread_mutex_unlock(&p->m);
    sem_post(&s);
    return NULL;
}
int main(void)
{
    sem_init(&s, 0, 0);
    pthread_barrier_init(&b, NULL, 2);
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_t t;
    pthread_create(&t, &attr, fn, &w);
    pthread_barrier_wait(&b);
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    ts.tv_sec += 5;
    pthread_mutex_lock(&w.m);
    while (!w.ready)
        pthread_cond_timedwait(&w.c, &w.m, &ts);
    w.x++;
    pthread_mutex_unlock(&w.m);
    sem_wait(&s);
    int v;
    sem_getvalue(&s, &v);
    void *ret;
    pthread_join(t, &ret);
    printf("%d %d\n", w.x, v);
    return 0;
}
