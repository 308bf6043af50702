/* TRUTH: racy — one thread updates arr[0].n holding arr[1].m (through p[1]), the other holding arr[0].m */
#include <pthread.h>
#include <stdio.h>

struct slot { pthread_mutex_t m; int n; };
static struct slot arr[2] = {{PTHREAD_MUTEX_INITIALIZER, 0}, {PTHREAD_MUTEX_INITIALIZER, 0}};

static void *wrong_lock(void *arg)
{
    struct slot *p = arg;
    pthread_mutex_lock(&p[1].m);
    p[0].n++;
    pthread_mutex_unlock(&p[1].m);
    return 0;
}

static void *right_lock(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&arr[0].m);
    arr[0].n++;
    pthread_mutex_unlock(&arr[0].m);
    return 0;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, wrong_lock, arr);
    pthread_create(&b, 0, right_lock, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    printf("%d\n", arr[0].n);
    return 0;
}
