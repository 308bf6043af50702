/* TRUTH: free. rm is recursive; inner_update's unlock only drops the nesting count, so outer_update's second write to balance still holds rm. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t rm;
static int balance;

static void inner_update(int v)
{
    pthread_mutex_lock(&rm);
    balance += v;
    pthread_mutex_unlock(&rm);
}

static void *outer_update(void *arg)
{
    int v = *(int *)arg;
    pthread_mutex_lock(&rm);
    inner_update(v);
    balance -= 1;
    pthread_mutex_unlock(&rm);
    return NULL;
}

int main(void)
{
    pthread_mutexattr_t at;
    pthread_t a, b;
    int va = 5, vb = 7;
    pthread_mutexattr_init(&at);
    pthread_mutexattr_settype(&at, PTHREAD_MUTEX_RECURSIVE);
    pthread_mutex_init(&rm, &at);
    pthread_create(&a, NULL, outer_update, &va);
    pthread_create(&b, NULL, outer_update, &vb);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", balance);
    return 0;
}
