/* Racy: thread id writes a[id].n and a[1-id].n holding only a[id].m: a[1].n is written under a[0].m and a[1].m. */
#include <pthread.h>
struct e { pthread_mutex_t m; int n; };
struct e a[2] = {{PTHREAD_MUTEX_INITIALIZER, 0}, {PTHREAD_MUTEX_INITIALIZER, 0}};
static void move(struct e *from, struct e *to)
{
    pthread_mutex_lock(&from->m);
    from->n--;
    to->n++;
    pthread_mutex_unlock(&from->m);
}
static void *w(void *arg)
{
    long id = (long)arg;
    move(&a[id], &a[1 - id]);
    return 0;
}
int main(void)
{
    pthread_t t[2];
    for (long i = 0; i < 2; i++)
        pthread_create(&t[i], 0, w, (void *)i);
    pthread_join(t[0], 0);
    pthread_join(t[1], 0);
}
