/* TRUTH: racy. &cnt[1] and cnt + 1 are the same element; both threads increment it. */
#include <pthread.h>
#include <stdio.h>
static int cnt[3];

static void *inc(void *p)
{
    int *c = p;
    *c += 1;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, inc, &cnt[1]);
    pthread_create(&b, NULL, inc, cnt + 1);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", cnt[1]);
    return 0;
}
