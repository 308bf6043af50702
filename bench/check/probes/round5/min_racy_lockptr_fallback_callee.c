/* TRUTH: racy - bump(NULL) locks m2 (the fallback) and bump(&m1) locks m1, both through the local use, around the same hits++ */
#include <pthread.h>
pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER;
int hits;
void bump(pthread_mutex_t *m)
{
    pthread_mutex_t *use = m ? m : &m2;
    pthread_mutex_lock(use);
    hits++;
    pthread_mutex_unlock(use);
}
void *w1(void *arg) { bump(NULL); return NULL; }
void *w2(void *arg) { bump(&m1); return NULL; }
int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, w1, NULL);
    pthread_create(&b, NULL, w2, NULL);
    return 0;
}
