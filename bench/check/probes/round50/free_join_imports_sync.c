/* TRUTH: free — b writes x then posts s; a waits on s and ends; main joins a before reading x, so b's write happens before main's read (b -> a by the semaphore, a -> main by the join) */
#include <pthread.h>
#include <semaphore.h>
sem_t s;
int x;
void *b(void *p)
{
    x = 1;
    sem_post(&s);
    return 0;
}
void *a(void *p)
{
    sem_wait(&s);
    return 0;
}
int main()
{
    pthread_t ta, tb;
    sem_init(&s, 0, 0);
    pthread_create(&tb, 0, b, 0);
    pthread_create(&ta, 0, a, 0);
    pthread_join(ta, 0);
    int r = x;
    pthread_join(tb, 0);
    return r;
}
