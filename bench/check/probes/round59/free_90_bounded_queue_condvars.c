/* TRUTH: free — classic bounded buffer: q[], qhead, qtail, qcount are only accessed while holding qm; producer/consumer wait on not_full/not_empty in while loops; main reads consumed after joins. */
#include <pthread.h>
#include <stdio.h>

#define QCAP 4
static int q[QCAP];
static int qhead, qtail, qcount;
static pthread_mutex_t qm = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t not_full = PTHREAD_COND_INITIALIZER;
static pthread_cond_t not_empty = PTHREAD_COND_INITIALIZER;

static void put(int v)
{
    pthread_mutex_lock(&qm);
    while (qcount == QCAP)
        pthread_cond_wait(&not_full, &qm);
    q[qtail] = v;
    qtail = (qtail + 1) % QCAP;
    qcount++;
    pthread_cond_signal(&not_empty);
    pthread_mutex_unlock(&qm);
}

static int get(void)
{
    pthread_mutex_lock(&qm);
    while (qcount == 0)
        pthread_cond_wait(&not_empty, &qm);
    int v = q[qhead];
    qhead = (qhead + 1) % QCAP;
    qcount--;
    pthread_cond_signal(&not_full);
    pthread_mutex_unlock(&qm);
    return v;
}

static void *producer(void *a)
{
    (void)a;
    for (int i = 1; i <= 25; i++)
        put(i);
    return NULL;
}

static void *consumer(void *a)
{
    long *consumed = a;
    for (int i = 0; i < 25; i++)
        *consumed += get();
    return NULL;
}

int main(void)
{
    long consumed = 0;
    pthread_t p, c;
    pthread_create(&p, NULL, producer, NULL);
    pthread_create(&c, NULL, consumer, &consumed);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    printf("%ld\n", consumed);
    return 0;
}
