/* TRUTH: race-free. stage1 writes part then sets s1 under m1; stage2 waits for s1 under m1, reads part, writes whole, sets s2 under m2; stage3 waits for s2 under m2 and reads whole and part: each flag has one storer and a chain of hand-offs orders every write before every read. */
#include <pthread.h>
#include <stdio.h>

int part, whole;
int s1, s2;
pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t c1 = PTHREAD_COND_INITIALIZER, c2 = PTHREAD_COND_INITIALIZER;

void *stage1(void *arg)
{
    (void)arg;
    part = 5;
    pthread_mutex_lock(&m1);
    s1 = 1;
    pthread_cond_signal(&c1);
    pthread_mutex_unlock(&m1);
    return NULL;
}

void *stage2(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m1);
    while (!s1)
        pthread_cond_wait(&c1, &m1);
    pthread_mutex_unlock(&m1);
    whole = part * 10;
    pthread_mutex_lock(&m2);
    s2 = 1;
    pthread_cond_signal(&c2);
    pthread_mutex_unlock(&m2);
    return NULL;
}

void *stage3(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m2);
    while (!s2)
        pthread_cond_wait(&c2, &m2);
    pthread_mutex_unlock(&m2);
    printf("%d %d\n", part, whole);
    return NULL;
}

int main(void)
{
    pthread_t a, b, c;
    pthread_create(&c, NULL, stage3, NULL);
    pthread_create(&b, NULL, stage2, NULL);
    pthread_create(&a, NULL, stage1, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_join(c, NULL);
    return 0;
}
