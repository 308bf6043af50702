/* TRUTH: race-free. Every access to a, b and c in classify() is made while holding m (taken
   before the switch, released after it); main reads after joining. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int a, b, c;

static void classify(int kind)
{
    pthread_mutex_lock(&m);
    switch (kind) {
    case 0:
        a++;
        /* fall through */
    case 1:
        b++;
        break;
    default:
        c++;
        break;
    }
    pthread_mutex_unlock(&m);
}

static void *worker(void *arg)
{
    classify((int)(long)arg);
    return NULL;
}

int main(void)
{
    pthread_t t[3];
    for (long i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    printf("%d %d %d\n", a, b, c);
    return 0;
}
