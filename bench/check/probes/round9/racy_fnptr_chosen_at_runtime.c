/* TRUTH: racy. pick() returns the writer routine for both threads (argc is 1), so two threads write mode concurrently without synchronization. */
#include <pthread.h>
#include <stdio.h>

static int mode;

static void *writer(void *arg) { mode = *(int *)arg; return NULL; }
static void *idle(void *arg) { (void)arg; return NULL; }

static void *(*pick(int n))(void *)
{
    return n < 5 ? writer : idle;
}

int main(int argc, char **argv)
{
    (void)argv;
    pthread_t a, b;
    int x = 1, y = 2;
    pthread_create(&a, NULL, pick(argc), &x);
    pthread_create(&b, NULL, pick(argc), &y);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", mode);
    return 0;
}
