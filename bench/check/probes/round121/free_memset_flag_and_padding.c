/* TRUTH: free — memset(&s, 0, 3) clears flag and two padding bytes only; count (offset 4) is written only by the counter thread; main reads after join */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct session {
    char flag;
    int count;
    char tail;
};

static struct session s;

static void *counter(void *arg)
{
    (void)arg;
    for (int i = 0; i < 200; i++) {
        s.count++;
        usleep(100);
    }
    return NULL;
}

static void *flagger(void *arg)
{
    (void)arg;
    for (int i = 0; i < 200; i++) {
        memset(&s, 0, 3);
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, counter, NULL);
    pthread_create(&b, NULL, flagger, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", s.flag, s.count);
    return 0;
}
