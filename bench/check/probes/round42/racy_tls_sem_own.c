/* TRUTH: racy — each worker inits and waits on its own thread-local semaphore; cnt++ (line 11) unordered between the two workers */
#include <pthread.h>
#include <semaphore.h>
static __thread sem_t s;
static int cnt;
static void *w(void *a)
{
    (void)a;
    sem_init(&s, 0, 1);
    sem_wait(&s);
    cnt++;
    sem_post(&s);
    return 0;
}
int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, 0, w, 0);
    pthread_create(&t2, 0, w, 0);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return cnt;
}
