// An unlock through a pointer that may hold another value on some path (p2 = NULL, or
// reassigned) names its mutex by type only: it releases the lock taken through p1, which may
// be the same mutex, so the write after it is unprotected.
#include <pthread.h>
#include <stdlib.h>

typedef struct {
    int myint;
    int other;
    pthread_mutex_t mymutex;
} mystruct;
static volatile int flip;

static void *foo(void *arg)
{
    mystruct *p1 = (mystruct *)arg;
    mystruct *p2 = (mystruct *)arg;
    pthread_mutex_lock(&p1->mymutex);
    p1->other++; // NORACE
    if (flip)
        p2 = NULL;
    pthread_mutex_unlock(&p2->mymutex);
    p1->myint++; // RACE (possible)
    return NULL;
}

int main(void)
{
    mystruct *s = malloc(sizeof(*s));
    pthread_mutex_init(&s->mymutex, NULL);
    pthread_t id1, id2;
    pthread_create(&id1, NULL, foo, s);
    pthread_create(&id2, NULL, foo, s);
    pthread_join(id1, NULL);
    pthread_join(id2, NULL);
    return 0;
}
