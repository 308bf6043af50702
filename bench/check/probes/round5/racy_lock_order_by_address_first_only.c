/* TRUTH: racy - transfer() locks only the lower-addressed account: a->b locks a, b->c locks b, and both write b.bal */
#include <pthread.h>
#include <stdint.h>
struct acct { pthread_mutex_t m; long bal; };
static struct acct accts[3] = { { PTHREAD_MUTEX_INITIALIZER, 100 }, { PTHREAD_MUTEX_INITIALIZER, 100 },
                                { PTHREAD_MUTEX_INITIALIZER, 100 } };
static void transfer(struct acct *from, struct acct *to, long v)
{
    struct acct *first = (uintptr_t)from < (uintptr_t)to ? from : to;
    pthread_mutex_lock(&first->m);
    from->bal -= v;
    to->bal += v;
    pthread_mutex_unlock(&first->m);
}
static void *t_ab(void *arg) { (void)arg; transfer(&accts[0], &accts[1], 1); return NULL; }
static void *t_bc(void *arg) { (void)arg; transfer(&accts[1], &accts[2], 1); return NULL; }
int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, NULL, t_ab, NULL);
    pthread_create(&t2, NULL, t_bc, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return (int)accts[1].bal;
}
