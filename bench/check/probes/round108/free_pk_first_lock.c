/* TRUTH: free — both threads update p[1].n (arr[1].n) holding p[0].m (arr[0].m), one mutex */
#include <pthread.h>
#include <stdio.h>

struct slot { pthread_mutex_t m; int n; };
static struct slot arr[2] = {{PTHREAD_MUTEX_INITIALIZER, 0}, {PTHREAD_MUTEX_INITIALIZER, 0}};

static void *bump(void *arg)
{
    struct slot *p = arg;
    pthread_mutex_lock(&p[0].m);
    p[1].n++;
    pthread_mutex_unlock(&p[0].m);
    return 0;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, bump, arr);
    pthread_create(&b, 0, bump, arr);
    pthread_join(a, 0);
    pthread_join(b, 0);
    printf("%d\n", arr[1].n);
    return 0;
}
