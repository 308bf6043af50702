// A local pointer to an element of a global array of mutexes names that element: p = ms is
// &ms[0], p = &ms[1] is ms[1], as lock(&ms[1]) names it.
#include <pthread.h>

static pthread_mutex_t ms[2] = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER};
static int a, b;

static void *w(void *arg)
{
    (void)arg;
    pthread_mutex_t *p = &ms[1], *q = ms;
    pthread_mutex_lock(p);
    a++; // NORACE: ms[1] held, as main holds it
    pthread_mutex_unlock(p);
    pthread_mutex_lock(&ms[0]);
    pthread_mutex_unlock(q); /* releases ms[0] */
    b++; // RACE: ms[0] was released through q
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, w, NULL);
    pthread_mutex_lock(&ms[1]);
    a++;
    pthread_mutex_unlock(&ms[1]);
    pthread_mutex_lock(&ms[0]);
    b++;
    pthread_mutex_unlock(&ms[0]);
    pthread_join(t, NULL);
    return a + b;
}
