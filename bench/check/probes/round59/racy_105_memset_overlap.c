/* TRUTH: racy — clear_head does memset(buf, 0, 6) covering bytes 0..5 and clear_tail does memset(buf + 5, 1, 5) covering bytes 5..9; both threads write buf[5] unsynchronized. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

static unsigned char buf[10];

static void *clear_head(void *a)
{
    memset(buf, 0, 6);
    return a;
}

static void *clear_tail(void *a)
{
    memset(buf + 5, 1, 5);
    return a;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, clear_head, NULL);
    pthread_create(&b, NULL, clear_tail, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", buf[5]);
    return 0;
}
