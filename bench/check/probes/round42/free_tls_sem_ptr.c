/* TRUTH: free — main sem_init's its thread-local s to 1 and publishes gs = &s before create; both workers sem_wait/sem_post on it around cnt++ (line 11) */
#include <pthread.h>
#include <semaphore.h>
static __thread sem_t s;
static sem_t *gs;
static int cnt;
static void *w(void *a)
{
    (void)a;
    sem_wait(gs);
    cnt++;
    sem_post(gs);
    return 0;
}
int main(void)
{
    pthread_t t1, t2;
    sem_init(&s, 0, 1);
    gs = &s;
    pthread_create(&t1, 0, w, 0);
    pthread_create(&t2, 0, w, 0);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return cnt;
}
