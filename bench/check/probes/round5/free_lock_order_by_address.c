/* TRUTH: race-free - transfer() locks both accounts' mutexes (lower address first) before touching either balance */
#include <pthread.h>
#include <stdint.h>
struct acct { pthread_mutex_t m; long bal; };
static struct acct accts[2] = { { PTHREAD_MUTEX_INITIALIZER, 100 }, { PTHREAD_MUTEX_INITIALIZER, 100 } };
static void transfer(struct acct *from, struct acct *to, long v)
{
    struct acct *first = (uintptr_t)from < (uintptr_t)to ? from : to;
    struct acct *second = first == from ? to : from;
    pthread_mutex_lock(&first->m);
    pthread_mutex_lock(&second->m);
    from->bal -= v;
    to->bal += v;
    pthread_mutex_unlock(&second->m);
    pthread_mutex_unlock(&first->m);
}
static void *ab(void *arg) { (void)arg; for (int i = 0; i < 10; i++) transfer(&accts[0], &accts[1], 1); return NULL; }
static void *ba(void *arg) { (void)arg; for (int i = 0; i < 10; i++) transfer(&accts[1], &accts[0], 2); return NULL; }
int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, NULL, ab, NULL);
    pthread_create(&t2, NULL, ba, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return accts[0].bal + accts[1].bal == 200 ? 0 : 1;
}
