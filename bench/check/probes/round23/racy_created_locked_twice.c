/* TRUTH: racy. the first reader passes its lock section once main's first spawn() unlocks m, then reads data without m while main, in its second spawn() call, writes data = 2 (holding m, which that reader no longer takes). */
#include <pthread.h>
#include <stdio.h>

pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int data;

static void *reader(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m); /* wait until the spawner has filled data */
    pthread_mutex_unlock(&m);
    printf("%d\n", data);
    return NULL;
}

static void spawn(pthread_t *t, int v)
{
    pthread_mutex_lock(&m);
    pthread_create(t, NULL, reader, NULL);
    data = v;
    pthread_mutex_unlock(&m);
}

int main(void)
{
    pthread_t a, b;
    spawn(&a, 1);
    spawn(&b, 2);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
