/* TRUTH: free — two producers and two consumers share a locked ring buffer; consumed counts are per-thread */
#include <pthread.h>
#include <stdio.h>

#define CAP 4
#define PER 50

static int ring[CAP];
static int rd, wr, used;
static pthread_mutex_t lk = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t space = PTHREAD_COND_INITIALIZER;
static pthread_cond_t avail = PTHREAD_COND_INITIALIZER;

static void *produce(void *arg)
{
    int base = (int)(long)arg;
    for (int i = 0; i < PER; i++) {
        pthread_mutex_lock(&lk);
        while (used == CAP)
            pthread_cond_wait(&space, &lk);
        ring[wr] = base + i;
        wr = (wr + 1) % CAP;
        used++;
        pthread_cond_signal(&avail);
        pthread_mutex_unlock(&lk);
    }
    return NULL;
}

static void *consume(void *arg)
{
    long *got = arg;
    for (int i = 0; i < PER; i++) {
        pthread_mutex_lock(&lk);
        while (used == 0)
            pthread_cond_wait(&avail, &lk);
        *got += ring[rd];
        rd = (rd + 1) % CAP;
        used--;
        pthread_cond_signal(&space);
        pthread_mutex_unlock(&lk);
    }
    return NULL;
}

int main(void)
{
    pthread_t p[2], c[2];
    long got[2] = { 0, 0 };
    for (int i = 0; i < 2; i++) {
        pthread_create(&p[i], NULL, produce, (void *)(long)(i * 1000));
        pthread_create(&c[i], NULL, consume, &got[i]);
    }
    for (int i = 0; i < 2; i++) {
        pthread_join(p[i], NULL);
        pthread_join(c[i], NULL);
    }
    printf("%ld\n", got[0] + got[1]);
    return 0;
}
