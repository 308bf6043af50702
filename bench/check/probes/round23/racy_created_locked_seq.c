/* TRUTH: racy. reader a can pass its lock section after main's first unlock and read data while main, holding m again after starting reader b, writes data = 2. */
#include <pthread.h>
#include <stdio.h>

pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int data;

static void *reader(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    pthread_mutex_unlock(&m);
    printf("%d\n", data);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_mutex_lock(&m);
    pthread_create(&a, NULL, reader, NULL);
    data = 1;
    pthread_mutex_unlock(&m);

    pthread_mutex_lock(&m);
    pthread_create(&b, NULL, reader, NULL);
    data = 2; /* reader a may be past its lock section already */
    pthread_mutex_unlock(&m);

    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
