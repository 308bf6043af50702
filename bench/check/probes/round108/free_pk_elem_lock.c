/* TRUTH: free — both threads update arr[1].n holding arr[1].m */
#include <pthread.h>
#include <stdio.h>

struct slot { pthread_mutex_t m; int n; };
static struct slot arr[4] = {{PTHREAD_MUTEX_INITIALIZER, 0}, {PTHREAD_MUTEX_INITIALIZER, 0},
                             {PTHREAD_MUTEX_INITIALIZER, 0}, {PTHREAD_MUTEX_INITIALIZER, 0}};

static void *via_param(void *arg)
{
    struct slot *p = arg;
    pthread_mutex_lock(&p[1].m);
    p[1].n++;
    pthread_mutex_unlock(&p[1].m);
    return 0;
}

static void *by_name(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&arr[1].m);
    arr[1].n++;
    pthread_mutex_unlock(&arr[1].m);
    return 0;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, via_param, arr);
    pthread_create(&b, 0, by_name, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    printf("%d\n", arr[1].n);
    return 0;
}
