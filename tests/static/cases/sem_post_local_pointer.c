// sem_post through a local pointer (the thread's argument): which semaphore it raises is
// not known, so no semaphore is a lock; the TU-wide scan that finds such posts must not
// need a function's context (it crashed on 's' here).
#include <pthread.h>
#include <semaphore.h>

static int x;

static void *w(void *p)
{
    sem_t *s = p;
    sem_post(s);
    x++; // RACE (possible): nothing orders the two threads' writes
    return NULL;
}

int main(void)
{
    static sem_t s;
    pthread_t a, b;
    sem_init(&s, 0, 0);
    pthread_create(&a, NULL, w, &s);
    pthread_create(&b, NULL, w, &s);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return x;
}
