/* TRUTH: racy. the thread given &buf[0] also writes p[1], which is buf[1], the element the other thread gets. */
#include <pthread.h>
#include <stdio.h>
static int buf[4];

static void *fill(void *arg)
{
    int *p = arg;
    p[0] = 1;
    p[1] = 2;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, fill, &buf[0]);
    pthread_create(&b, NULL, fill, &buf[1]);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d %d\n", buf[0], buf[1], buf[2]);
    return 0;
}
