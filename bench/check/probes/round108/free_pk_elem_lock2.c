/* TRUTH: free — two threads each update p[1].n (arr[1].n) holding p[1].m (arr[1].m) */
#include <pthread.h>
#include <stdio.h>

struct slot { pthread_mutex_t m; int n; };
static struct slot arr[2] = {{PTHREAD_MUTEX_INITIALIZER, 0}, {PTHREAD_MUTEX_INITIALIZER, 0}};

static void *bump_second(void *arg)
{
    struct slot *p = arg;
    pthread_mutex_lock(&p[1].m);
    p[1].n++;
    pthread_mutex_unlock(&p[1].m);
    return 0;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, bump_second, arr);
    pthread_create(&b, 0, bump_second, arr);
    pthread_join(a, 0);
    pthread_join(b, 0);
    printf("%d\n", arr[1].n);
    return 0;
}
